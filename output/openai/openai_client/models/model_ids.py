from typing import TypeAlias

from .model_ids_responses import ModelIdsResponses
from .model_ids_shared import ModelIdsShared

__all__ = ["ModelIds"]

ModelIds: TypeAlias = ModelIdsShared | ModelIdsResponses

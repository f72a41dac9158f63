"""ModelIds."""

from __future__ import annotations

from .model_ids_shared import ModelIdsShared
from .model_ids_responses import ModelIdsResponses
from typing_extensions import TypeAlias

__all__ = ["ModelIds"]

ModelIds: TypeAlias = ModelIdsShared | ModelIdsResponses
"""ModelIds"""

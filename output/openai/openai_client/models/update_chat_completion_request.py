from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["UpdateChatCompletionRequest"]


class UpdateChatCompletionRequest(BaseModel):
    metadata: Metadata


# Imported last so that models referring to each other can load in any order.
from .metadata import Metadata  # noqa: E402

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["ModifyMessageRequest"]


class ModifyMessageRequest(BaseModel):
    metadata: Metadata | None = None


# Imported last so that models referring to each other can load in any order.
from .metadata import Metadata  # noqa: E402

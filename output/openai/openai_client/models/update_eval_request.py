from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["UpdateEvalRequest"]


class UpdateEvalRequest(BaseModel):
    name: str | None = None
    """Rename the evaluation."""

    metadata: Metadata | None = None


# Imported last so that models referring to each other can load in any order.
from .metadata import Metadata  # noqa: E402

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["ErrorResponse"]


class ErrorResponse(BaseModel):
    error: Error


# Imported last so that models referring to each other can load in any order.
from .error import Error  # noqa: E402

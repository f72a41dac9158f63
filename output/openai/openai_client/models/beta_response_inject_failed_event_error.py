"""BetaResponseInjectFailedEventError: Information about why the input was not
committed.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaResponseInjectFailedEventError"]


class BetaResponseInjectFailedEventError(BaseModel):
    """Information about why the input was not committed."""

    code: Literal["response_already_completed", "response_not_found"] | str
    """A machine-readable error code."""

    message: str
    """A human-readable description of the error."""

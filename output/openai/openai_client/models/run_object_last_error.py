"""RunObjectLastError: The last error associated with this run. Will be `null` if there
are no errors.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RunObjectLastError"]


class RunObjectLastError(BaseModel):
    """The last error associated with this run. Will be `null` if there are no errors."""

    code: Literal["server_error", "rate_limit_exceeded", "invalid_prompt"] | str
    """One of `server_error`, `rate_limit_exceeded`, or `invalid_prompt`."""

    message: str
    """A human-readable description of the error."""

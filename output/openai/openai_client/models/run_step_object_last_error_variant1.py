"""RunStepObjectLastErrorVariant1: The last error associated with this run step. Will be
`null` if there are no errors.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RunStepObjectLastErrorVariant1"]


class RunStepObjectLastErrorVariant1(BaseModel):
    """The last error associated with this run step. Will be `null` if there are no
    errors.
    """

    code: Literal["server_error", "rate_limit_exceeded"] | str
    """One of `server_error` or `rate_limit_exceeded`."""

    message: str
    """A human-readable description of the error."""

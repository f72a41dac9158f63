"""BetaResponseErrorVariant1: An error object returned when the model fails to generate
a Response.
"""

from .._base_model import BaseModel
from .beta_response_error_code import BetaResponseErrorCode

__all__ = ["BetaResponseErrorVariant1"]


class BetaResponseErrorVariant1(BaseModel):
    """An error object returned when the model fails to generate a Response."""

    code: BetaResponseErrorCode
    """The error code for the response."""

    message: str
    """A human-readable description of the error."""

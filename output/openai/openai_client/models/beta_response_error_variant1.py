"""BetaResponseErrorVariant1: An error object returned when the model fails to generate
a Response.
"""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["BetaResponseErrorVariant1"]


class BetaResponseErrorVariant1(BaseModel):
    """An error object returned when the model fails to generate a Response."""

    code: BetaResponseErrorCode
    """The error code for the response."""

    message: str
    """A human-readable description of the error."""


# Imported last so that models referring to each other can load in any order.
from .beta_response_error_code import BetaResponseErrorCode  # noqa: E402

"""ResponseErrorVariant1: An error object returned when the model fails to generate a
Response.
"""

from .._base_model import BaseModel
from .response_error_code import ResponseErrorCode

__all__ = ["ResponseErrorVariant1"]


class ResponseErrorVariant1(BaseModel):
    """An error object returned when the model fails to generate a Response."""

    code: ResponseErrorCode
    """The error code for the response."""

    message: str
    """A human-readable description of the error."""

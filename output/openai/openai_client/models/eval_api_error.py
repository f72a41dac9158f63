"""EvalApiError: An object representing an error response from the Eval API."""

from .._base_model import BaseModel

__all__ = ["EvalApiError"]


class EvalApiError(BaseModel):
    """An object representing an error response from the Eval API."""

    code: str
    """The error code."""

    message: str
    """The error message."""

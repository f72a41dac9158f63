"""Error2: An error that occurred while generating the response."""

from .._base_model import BaseModel

__all__ = ["Error2"]


class Error2(BaseModel):
    """An error that occurred while generating the response."""

    code: str
    """A machine-readable error code that was returned."""

    message: str
    """A human-readable description of the error that was returned."""

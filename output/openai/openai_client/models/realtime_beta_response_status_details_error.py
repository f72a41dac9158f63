"""RealtimeBetaResponseStatusDetailsError: A description of the error that caused the
response to fail,
populated when the `status` is `failed`.
"""

from .._base_model import BaseModel

__all__ = ["RealtimeBetaResponseStatusDetailsError"]


class RealtimeBetaResponseStatusDetailsError(BaseModel):
    """A description of the error that caused the response to fail,
    populated when the `status` is `failed`.
    """

    type: str | None = None
    """The type of error."""

    code: str | None = None
    """Error code, if any."""

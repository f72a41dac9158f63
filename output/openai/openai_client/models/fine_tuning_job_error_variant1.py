"""FineTuningJobErrorVariant1: For fine-tuning jobs that have `failed`, this will
contain more information on the cause of the failure.
"""

from .._base_model import BaseModel

__all__ = ["FineTuningJobErrorVariant1"]


class FineTuningJobErrorVariant1(BaseModel):
    """For fine-tuning jobs that have `failed`, this will contain more information on
    the cause of the failure.
    """

    code: str
    """A machine-readable error code."""

    message: str
    """A human-readable error message."""

    param: str | None

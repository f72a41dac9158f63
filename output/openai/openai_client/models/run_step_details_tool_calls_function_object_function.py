"""RunStepDetailsToolCallsFunctionObjectFunction: The definition of the function that
was called.
"""

from .._base_model import BaseModel

__all__ = ["RunStepDetailsToolCallsFunctionObjectFunction"]


class RunStepDetailsToolCallsFunctionObjectFunction(BaseModel):
    """The definition of the function that was called."""

    name: str
    """The name of the function."""

    arguments: str
    """The arguments passed to the function."""

    output: str | None

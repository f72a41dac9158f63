"""RunStepDeltaStepDetailsToolCallsFunctionObjectFunction: The definition of the
function that was called.
"""

from .._base_model import BaseModel

__all__ = ["RunStepDeltaStepDetailsToolCallsFunctionObjectFunction"]


class RunStepDeltaStepDetailsToolCallsFunctionObjectFunction(BaseModel):
    """The definition of the function that was called."""

    name: str | None = None
    """The name of the function."""

    arguments: str | None = None
    """The arguments passed to the function."""

    output: str | None = None

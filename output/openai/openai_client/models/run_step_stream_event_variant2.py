"""RunStepStreamEventVariant2: Occurs when a [run
step](https://api.openai.com/docs/api-reference/run-steps/step-object) moves to an
`in_progress` state.
"""

from typing import Literal

from .._base_model import BaseModel
from .run_step_object import RunStepObject

__all__ = ["RunStepStreamEventVariant2"]


class RunStepStreamEventVariant2(BaseModel):
    """Occurs when a [run
    step](https://api.openai.com/docs/api-reference/run-steps/step-object) moves to
    an `in_progress` state.
    """

    event: Literal["thread.run.step.in_progress"]

    data: RunStepObject
    """Represents a step in execution of a run."""

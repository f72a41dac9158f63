"""RunStepStreamEventVariant7: Occurs when a [run
step](https://api.openai.com/docs/api-reference/run-steps/step-object) expires.
"""

from typing import Literal

from .._base_model import BaseModel
from .run_step_object import RunStepObject

__all__ = ["RunStepStreamEventVariant7"]


class RunStepStreamEventVariant7(BaseModel):
    """Occurs when a [run
    step](https://api.openai.com/docs/api-reference/run-steps/step-object) expires.
    """

    event: Literal["thread.run.step.expired"]

    data: RunStepObject
    """Represents a step in execution of a run."""

"""RunStepStreamEventVariant1: Occurs when a [run
step](https://api.openai.com/docs/api-reference/run-steps/step-object) is created.
"""

from typing import Literal

from .._base_model import BaseModel
from .run_step_object import RunStepObject

__all__ = ["RunStepStreamEventVariant1"]


class RunStepStreamEventVariant1(BaseModel):
    """Occurs when a [run
    step](https://api.openai.com/docs/api-reference/run-steps/step-object) is
    created.
    """

    event: Literal["thread.run.step.created"]

    data: RunStepObject
    """Represents a step in execution of a run."""

"""RunStepStreamEventVariant6: Occurs when a [run
step](https://api.openai.com/docs/api-reference/run-steps/step-object) is cancelled.
"""

from typing import Literal

from .._base_model import BaseModel
from .run_step_object import RunStepObject

__all__ = ["RunStepStreamEventVariant6"]


class RunStepStreamEventVariant6(BaseModel):
    """Occurs when a [run
    step](https://api.openai.com/docs/api-reference/run-steps/step-object) is
    cancelled.
    """

    event: Literal["thread.run.step.cancelled"]

    data: RunStepObject
    """Represents a step in execution of a run."""

"""RunStepStreamEventVariant5: Occurs when a [run
step](https://api.openai.com/docs/api-reference/run-steps/step-object) fails.
"""

from typing import Literal

from .._base_model import BaseModel
from .run_step_object import RunStepObject

__all__ = ["RunStepStreamEventVariant5"]


class RunStepStreamEventVariant5(BaseModel):
    """Occurs when a [run
    step](https://api.openai.com/docs/api-reference/run-steps/step-object) fails.
    """

    event: Literal["thread.run.step.failed"]

    data: RunStepObject
    """Represents a step in execution of a run."""

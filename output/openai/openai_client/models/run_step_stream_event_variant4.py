"""RunStepStreamEventVariant4: Occurs when a [run
step](https://api.openai.com/docs/api-reference/run-steps/step-object) is completed.
"""

from typing import Literal

from .._base_model import BaseModel
from .run_step_object import RunStepObject

__all__ = ["RunStepStreamEventVariant4"]


class RunStepStreamEventVariant4(BaseModel):
    """Occurs when a [run
    step](https://api.openai.com/docs/api-reference/run-steps/step-object) is
    completed.
    """

    event: Literal["thread.run.step.completed"]

    data: RunStepObject
    """Represents a step in execution of a run."""

"""RunStepStreamEventVariant3: Occurs when parts of a [run
step](https://api.openai.com/docs/api-reference/run-steps/step-object) are being
streamed.
"""

from typing import Literal

from .._base_model import BaseModel
from .run_step_delta_object import RunStepDeltaObject

__all__ = ["RunStepStreamEventVariant3"]


class RunStepStreamEventVariant3(BaseModel):
    """Occurs when parts of a [run
    step](https://api.openai.com/docs/api-reference/run-steps/step-object) are being
    streamed.
    """

    event: Literal["thread.run.step.delta"]

    data: RunStepDeltaObject
    """Represents a run step delta i.e. any changed fields on a run step during
    streaming.
    """

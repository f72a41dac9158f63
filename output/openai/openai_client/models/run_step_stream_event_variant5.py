"""RunStepStreamEventVariant5: Occurs when a [run
step](https://api.openai.com/docs/api-reference/run-steps/step-object) fails.
"""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RunStepStreamEventVariant5"]


class RunStepStreamEventVariant5(BaseModel):
    """Occurs when a [run
    step](https://api.openai.com/docs/api-reference/run-steps/step-object) fails.
    """

    event: Literal["thread.run.step.failed"]

    data: RunStepObject
    """Represents a step in execution of a run."""


# Imported last so that models referring to each other can load in any order.
from .run_step_object import RunStepObject  # noqa: E402

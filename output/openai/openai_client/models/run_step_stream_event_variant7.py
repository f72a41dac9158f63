"""RunStepStreamEventVariant7: Occurs when a [run
step](https://api.openai.com/docs/api-reference/run-steps/step-object) expires.
"""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RunStepStreamEventVariant7"]


class RunStepStreamEventVariant7(BaseModel):
    """Occurs when a [run
    step](https://api.openai.com/docs/api-reference/run-steps/step-object) expires.
    """

    event: Literal["thread.run.step.expired"]

    data: RunStepObject
    """Represents a step in execution of a run."""


# Imported last so that models referring to each other can load in any order.
from .run_step_object import RunStepObject  # noqa: E402

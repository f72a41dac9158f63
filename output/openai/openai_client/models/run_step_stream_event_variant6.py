"""RunStepStreamEventVariant6: Occurs when a [run
step](https://api.openai.com/docs/api-reference/run-steps/step-object) is cancelled.
"""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RunStepStreamEventVariant6"]


class RunStepStreamEventVariant6(BaseModel):
    """Occurs when a [run
    step](https://api.openai.com/docs/api-reference/run-steps/step-object) is
    cancelled.
    """

    event: Literal["thread.run.step.cancelled"]

    data: RunStepObject
    """Represents a step in execution of a run."""


# Imported last so that models referring to each other can load in any order.
from .run_step_object import RunStepObject  # noqa: E402

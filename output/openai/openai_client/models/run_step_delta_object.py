"""RunStepDeltaObject: Represents a run step delta i.e. any changed fields on a run step
during streaming.
"""

from typing import Literal

from .._base_model import BaseModel
from .run_step_delta_object_delta import RunStepDeltaObjectDelta

__all__ = ["RunStepDeltaObject"]


class RunStepDeltaObject(BaseModel):
    """Represents a run step delta i.e. any changed fields on a run step during
    streaming.
    """

    id: str
    """The identifier of the run step, which can be referenced in API endpoints."""

    object: Literal["thread.run.step.delta"]
    """The object type, which is always `thread.run.step.delta`."""

    delta: RunStepDeltaObjectDelta
    """The delta containing the fields that have changed on the run step."""

from .._base_model import BaseModel
from .run_step_object import RunStepObject

__all__ = ["ListRunStepsResponse"]


class ListRunStepsResponse(BaseModel):
    object: str

    data: list[RunStepObject]

    first_id: str

    last_id: str

    has_more: bool

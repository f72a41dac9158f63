from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["ListRunStepsResponse"]


class ListRunStepsResponse(BaseModel):
    object: str

    data: list[RunStepObject]

    first_id: str

    last_id: str

    has_more: bool


# Imported last so that models referring to each other can load in any order.
from .run_step_object import RunStepObject  # noqa: E402

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ListFineTuningJobEventsResponse"]


class ListFineTuningJobEventsResponse(BaseModel):
    data: list[FineTuningJobEvent]

    object: Literal["list"]

    has_more: bool


# Imported last so that models referring to each other can load in any order.
from .fine_tuning_job_event import FineTuningJobEvent  # noqa: E402

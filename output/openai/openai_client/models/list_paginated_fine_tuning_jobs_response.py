from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ListPaginatedFineTuningJobsResponse"]


class ListPaginatedFineTuningJobsResponse(BaseModel):
    data: list[FineTuningJob]

    has_more: bool

    object: Literal["list"]


# Imported last so that models referring to each other can load in any order.
from .fine_tuning_job import FineTuningJob  # noqa: E402

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["UsageResponse"]


class UsageResponse(BaseModel):
    object: Literal["page"]

    data: list[UsageTimeBucket]

    has_more: bool

    next_page: str | None


# Imported last so that models referring to each other can load in any order.
from .usage_time_bucket import UsageTimeBucket  # noqa: E402

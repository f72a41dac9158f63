from typing import Literal

from .._base_model import BaseModel
from .usage_time_bucket import UsageTimeBucket

__all__ = ["UsageResponse"]


class UsageResponse(BaseModel):
    object: Literal["page"]

    data: list[UsageTimeBucket]

    has_more: bool

    next_page: str | None

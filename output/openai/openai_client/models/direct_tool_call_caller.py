from typing import Literal

from .._base_model import BaseModel

__all__ = ["DirectToolCallCaller"]


class DirectToolCallCaller(BaseModel):
    type: Literal["direct"]

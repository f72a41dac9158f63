from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaDirectToolCallCaller"]


class BetaDirectToolCallCaller(BaseModel):
    type: Literal["direct"]

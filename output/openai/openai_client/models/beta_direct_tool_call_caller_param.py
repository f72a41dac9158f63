from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaDirectToolCallCallerParam"]


class BetaDirectToolCallCallerParam(BaseModel):
    type: Literal["direct"]
    """The caller type. Always `direct`."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaHTTPError"]


class BetaHTTPError(BaseModel):
    type: Literal["http_error"]

    code: int

    message: str

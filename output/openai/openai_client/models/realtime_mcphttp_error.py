from typing import Literal

from .._base_model import BaseModel

__all__ = ["RealtimeMCPHTTPError"]


class RealtimeMCPHTTPError(BaseModel):
    type: Literal["http_error"]

    code: int

    message: str

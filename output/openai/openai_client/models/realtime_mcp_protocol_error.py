from typing import Literal

from .._base_model import BaseModel

__all__ = ["RealtimeMCPProtocolError"]


class RealtimeMCPProtocolError(BaseModel):
    type: Literal["protocol_error"]

    code: int

    message: str

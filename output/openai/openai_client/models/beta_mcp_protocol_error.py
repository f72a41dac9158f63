from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaMCPProtocolError"]


class BetaMCPProtocolError(BaseModel):
    type: Literal["mcp_protocol_error"]

    code: int

    message: str

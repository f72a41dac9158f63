from typing import Literal

from .._base_model import BaseModel

__all__ = ["MCPProtocolError"]


class MCPProtocolError(BaseModel):
    type: Literal["mcp_protocol_error"]

    code: int

    message: str

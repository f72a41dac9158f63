from typing import Literal

from .._base_model import BaseModel

__all__ = ["RealtimeMCPToolExecutionError"]


class RealtimeMCPToolExecutionError(BaseModel):
    type: Literal["tool_execution_error"]

    message: str

from typing import Literal, TypeAlias

__all__ = ["ToolSearchExecutionType"]

ToolSearchExecutionType: TypeAlias = Literal["server", "client"] | str

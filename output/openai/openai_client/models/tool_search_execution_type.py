"""ToolSearchExecutionType."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["ToolSearchExecutionType"]

ToolSearchExecutionType: TypeAlias = Literal["server", "client"] | str
"""ToolSearchExecutionType"""

"""TaskType."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["TaskType"]

TaskType: TypeAlias = Literal["custom", "thought"] | str
"""TaskType"""

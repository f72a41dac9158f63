"""MessageRole."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["MessageRole"]

MessageRole: TypeAlias = (
    Literal[
        "unknown", "user", "assistant", "system", "critic", "discriminator", "developer", "tool"
    ]
    | str
)
"""MessageRole"""

"""EmptyModelParam."""

from __future__ import annotations

from typing import Any
from typing_extensions import TypeAlias

__all__ = ["EmptyModelParam"]

EmptyModelParam: TypeAlias = dict[str, Any]
"""EmptyModelParam"""

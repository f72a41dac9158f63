"""GrammarSyntax1."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["GrammarSyntax1"]

GrammarSyntax1: TypeAlias = Literal["lark", "regex"] | str
"""GrammarSyntax1"""

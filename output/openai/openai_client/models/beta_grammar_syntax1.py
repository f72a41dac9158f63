"""BetaGrammarSyntax1."""

from __future__ import annotations

from typing import Literal
from typing_extensions import TypeAlias

__all__ = ["BetaGrammarSyntax1"]

BetaGrammarSyntax1: TypeAlias = Literal["lark", "regex"] | str
"""BetaGrammarSyntax1"""

from typing import Literal, TypeAlias

__all__ = ["BetaGrammarSyntax1"]

BetaGrammarSyntax1: TypeAlias = Literal["lark", "regex"] | str

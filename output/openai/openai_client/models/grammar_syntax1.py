from typing import Literal, TypeAlias

__all__ = ["GrammarSyntax1"]

GrammarSyntax1: TypeAlias = Literal["lark", "regex"] | str

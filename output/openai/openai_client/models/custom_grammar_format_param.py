"""CustomGrammarFormatParam: A grammar defined by the user."""

from typing import Literal

from .._base_model import BaseModel
from .grammar_syntax1 import GrammarSyntax1

__all__ = ["CustomGrammarFormatParam"]


class CustomGrammarFormatParam(BaseModel):
    """A grammar defined by the user."""

    type: Literal["grammar"]
    """Grammar format. Always `grammar`."""

    syntax: GrammarSyntax1
    """The syntax of the grammar definition. One of `lark` or `regex`."""

    definition: str
    """The grammar definition."""

"""BetaCustomGrammarFormatParam: A grammar defined by the user."""

from typing import Literal

from .._base_model import BaseModel
from .beta_grammar_syntax1 import BetaGrammarSyntax1

__all__ = ["BetaCustomGrammarFormatParam"]


class BetaCustomGrammarFormatParam(BaseModel):
    """A grammar defined by the user."""

    type: Literal["grammar"]
    """Grammar format. Always `grammar`."""

    syntax: BetaGrammarSyntax1
    """The syntax of the grammar definition. One of `lark` or `regex`."""

    definition: str
    """The grammar definition."""

"""BetaCustomGrammarFormatParam: A grammar defined by the user."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaCustomGrammarFormatParam"]


class BetaCustomGrammarFormatParam(BaseModel):
    """A grammar defined by the user."""

    type: Literal["grammar"]
    """Grammar format. Always `grammar`."""

    syntax: BetaGrammarSyntax1
    """The syntax of the grammar definition. One of `lark` or `regex`."""

    definition: str
    """The grammar definition."""


# Imported last so that models referring to each other can load in any order.
from .beta_grammar_syntax1 import BetaGrammarSyntax1  # noqa: E402

"""CustomToolChatCompletionsCustomFormatGrammarFormatGrammar: Your chosen grammar."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["CustomToolChatCompletionsCustomFormatGrammarFormatGrammar"]


class CustomToolChatCompletionsCustomFormatGrammarFormatGrammar(BaseModel):
    """Your chosen grammar."""

    definition: str
    """The grammar definition."""

    syntax: Literal["lark", "regex"] | str
    """The syntax of the grammar definition. One of `lark` or `regex`."""

"""CustomToolChatCompletionsCustomFormatGrammarFormat: A grammar defined by the user."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["CustomToolChatCompletionsCustomFormatGrammarFormat"]


class CustomToolChatCompletionsCustomFormatGrammarFormat(BaseModel):
    """A grammar defined by the user."""

    type: Literal["grammar"]
    """Grammar format. Always `grammar`."""

    grammar: CustomToolChatCompletionsCustomFormatGrammarFormatGrammar
    """Your chosen grammar."""


# Imported last so that models referring to each other can load in any order.
from .custom_tool_chat_completions_custom_format_grammar_format_grammar import (  # noqa: E402
    CustomToolChatCompletionsCustomFormatGrammarFormatGrammar,
)

"""CustomToolChatCompletionsCustomFormatGrammarFormat: A grammar defined by the user."""

from typing import Literal

from .._base_model import BaseModel
from .custom_tool_chat_completions_custom_format_grammar_format_grammar import (
    CustomToolChatCompletionsCustomFormatGrammarFormatGrammar,
)

__all__ = ["CustomToolChatCompletionsCustomFormatGrammarFormat"]


class CustomToolChatCompletionsCustomFormatGrammarFormat(BaseModel):
    """A grammar defined by the user."""

    type: Literal["grammar"]
    """Grammar format. Always `grammar`."""

    grammar: CustomToolChatCompletionsCustomFormatGrammarFormatGrammar
    """Your chosen grammar."""

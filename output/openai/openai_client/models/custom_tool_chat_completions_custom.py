"""CustomToolChatCompletionsCustom: Properties of the custom tool."""

from typing import Annotated, Any

import pydantic

from .._base_model import BaseModel, discriminate
from .custom_tool_chat_completions_custom_format_grammar_format import (
    CustomToolChatCompletionsCustomFormatGrammarFormat,
)
from .custom_tool_chat_completions_custom_format_text_format import (
    CustomToolChatCompletionsCustomFormatTextFormat,
)

__all__ = ["CustomToolChatCompletionsCustom"]


class CustomToolChatCompletionsCustom(BaseModel):
    """Properties of the custom tool."""

    name: str
    """The name of the custom tool, used to identify it in tool calls."""

    description: str | None = None
    """Optional description of the custom tool, used to provide more context."""

    format: (
        Annotated[
            Annotated[
                CustomToolChatCompletionsCustomFormatTextFormat,
                pydantic.Tag("CustomToolChatCompletionsCustomFormatTextFormat"),
            ]
            | Annotated[
                CustomToolChatCompletionsCustomFormatGrammarFormat,
                pydantic.Tag("CustomToolChatCompletionsCustomFormatGrammarFormat"),
            ]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "text": "CustomToolChatCompletionsCustomFormatTextFormat",
                    "grammar": "CustomToolChatCompletionsCustomFormatGrammarFormat",
                },
            ),
        ]
        | None
    ) = None
    """The input format for the custom tool. Default is unconstrained text."""

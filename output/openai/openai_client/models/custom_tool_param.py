"""CustomToolParam: A custom tool that processes input using a specified format. Learn
more about   [custom
tools](https://api.openai.com/docs/guides/function-calling#custom-tools)
"""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .callable_tool_allowed_caller import CallableToolAllowedCaller
from .custom_grammar_format_param import CustomGrammarFormatParam
from .custom_text_format_param import CustomTextFormatParam

__all__ = ["CustomToolParam"]


class CustomToolParam(BaseModel):
    """A custom tool that processes input using a specified format. Learn more about
    [custom tools](https://api.openai.com/docs/guides/function-calling#custom-tools)
    """

    type: Literal["custom"]
    """The type of the custom tool. Always `custom`."""

    name: str
    """The name of the custom tool, used to identify it in tool calls."""

    description: str | None = None
    """Optional description of the custom tool, used to provide more context."""

    format: (
        Annotated[
            Annotated[CustomTextFormatParam, pydantic.Tag("CustomTextFormatParam")]
            | Annotated[
                CustomGrammarFormatParam, pydantic.Tag("CustomGrammarFormatParam")
            ]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "text": "CustomTextFormatParam",
                    "grammar": "CustomGrammarFormatParam",
                },
            ),
        ]
        | None
    ) = None
    """The input format for the custom tool. Default is unconstrained text."""

    defer_loading: bool | None = None
    """Whether this tool should be deferred and discovered via tool search."""

    allowed_callers: list[CallableToolAllowedCaller] | None = None

"""BetaCustomToolParam: A custom tool that processes input using a specified format.
Learn more about   [custom
tools](https://api.openai.com/docs/guides/function-calling#custom-tools)
"""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .beta_callable_tool_allowed_caller import BetaCallableToolAllowedCaller
from .beta_custom_grammar_format_param import BetaCustomGrammarFormatParam
from .beta_custom_text_format_param import BetaCustomTextFormatParam

__all__ = ["BetaCustomToolParam"]


class BetaCustomToolParam(BaseModel):
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
            Annotated[
                BetaCustomTextFormatParam, pydantic.Tag("BetaCustomTextFormatParam")
            ]
            | Annotated[
                BetaCustomGrammarFormatParam,
                pydantic.Tag("BetaCustomGrammarFormatParam"),
            ]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "text": "BetaCustomTextFormatParam",
                    "grammar": "BetaCustomGrammarFormatParam",
                },
            ),
        ]
        | None
    ) = None
    """The input format for the custom tool. Default is unconstrained text."""

    defer_loading: bool | None = None
    """Whether this tool should be deferred and discovered via tool search."""

    allowed_callers: list[BetaCallableToolAllowedCaller] | None = None

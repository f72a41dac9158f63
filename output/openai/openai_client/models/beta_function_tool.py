"""BetaFunctionTool: Defines a function in your own code the model can choose to call.
Learn more about [function
calling](https://platform.openai.com/docs/guides/function-calling).
"""

from typing import Any, Literal

from .._base_model import BaseModel
from .beta_callable_tool_allowed_caller import BetaCallableToolAllowedCaller

__all__ = ["BetaFunctionTool"]


class BetaFunctionTool(BaseModel):
    """Defines a function in your own code the model can choose to call. Learn more
    about [function
    calling](https://platform.openai.com/docs/guides/function-calling).
    """

    type: Literal["function"]
    """The type of the function tool. Always `function`."""

    name: str
    """The name of the function to call."""

    description: str | None = None

    parameters: dict[str, Any] | None

    output_schema: dict[str, Any] | None = None

    strict: bool | None

    defer_loading: bool | None = None
    """Whether this function is deferred and loaded via tool search."""

    allowed_callers: list[BetaCallableToolAllowedCaller] | None = None

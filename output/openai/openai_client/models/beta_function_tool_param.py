from typing import Any, Literal

from .._base_model import BaseModel
from .beta_callable_tool_allowed_caller import BetaCallableToolAllowedCaller

__all__ = ["BetaFunctionToolParam"]


class BetaFunctionToolParam(BaseModel):
    name: str

    description: str | None = None

    parameters: dict[str, Any] | None = None

    strict: bool | None = None

    type: Literal["function"]

    output_schema: dict[str, Any] | None = None

    defer_loading: bool | None = None
    """Whether this function should be deferred and discovered via tool search."""

    allowed_callers: list[BetaCallableToolAllowedCaller] | None = None

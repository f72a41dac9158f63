from typing import Any, Literal

from .._base_model import BaseModel
from .callable_tool_allowed_caller import CallableToolAllowedCaller

__all__ = ["FunctionToolParam"]


class FunctionToolParam(BaseModel):
    name: str

    description: str | None = None

    parameters: dict[str, Any] | None = None

    strict: bool | None = None

    type: Literal["function"]

    output_schema: dict[str, Any] | None = None

    defer_loading: bool | None = None
    """Whether this function should be deferred and discovered via tool search."""

    allowed_callers: list[CallableToolAllowedCaller] | None = None

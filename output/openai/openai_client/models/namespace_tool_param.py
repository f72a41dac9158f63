"""NamespaceToolParam: Groups function/custom tools under a shared namespace."""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .custom_tool_param import CustomToolParam
from .function_tool_param import FunctionToolParam

__all__ = ["NamespaceToolParam"]


class NamespaceToolParam(BaseModel):
    """Groups function/custom tools under a shared namespace."""

    type: Literal["namespace"]
    """The type of the tool. Always `namespace`."""

    name: str
    """The namespace name used in tool calls (for example, `crm`)."""

    description: str
    """A description of the namespace shown to the model."""

    tools: list[
        Annotated[
            Annotated[FunctionToolParam, pydantic.Tag("FunctionToolParam")]
            | Annotated[CustomToolParam, pydantic.Tag("CustomToolParam")]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {"function": "FunctionToolParam", "custom": "CustomToolParam"},
            ),
        ]
    ]
    """The function/custom tools available inside this namespace."""

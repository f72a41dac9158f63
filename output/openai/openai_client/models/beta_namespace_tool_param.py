"""BetaNamespaceToolParam: Groups function/custom tools under a shared namespace."""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .beta_custom_tool_param import BetaCustomToolParam
from .beta_function_tool_param import BetaFunctionToolParam

__all__ = ["BetaNamespaceToolParam"]


class BetaNamespaceToolParam(BaseModel):
    """Groups function/custom tools under a shared namespace."""

    type: Literal["namespace"]
    """The type of the tool. Always `namespace`."""

    name: str
    """The namespace name used in tool calls (for example, `crm`)."""

    description: str
    """A description of the namespace shown to the model."""

    tools: list[
        Annotated[
            Annotated[BetaFunctionToolParam, pydantic.Tag("BetaFunctionToolParam")]
            | Annotated[BetaCustomToolParam, pydantic.Tag("BetaCustomToolParam")]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {"function": "BetaFunctionToolParam", "custom": "BetaCustomToolParam"},
            ),
        ]
    ]
    """The function/custom tools available inside this namespace."""

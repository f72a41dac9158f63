"""BetaNamespaceToolParam: Groups function/custom tools under a shared namespace."""

from __future__ import annotations

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate

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


# Imported last so that models referring to each other can load in any order.
from .beta_custom_tool_param import BetaCustomToolParam  # noqa: E402
from .beta_function_tool_param import BetaFunctionToolParam  # noqa: E402

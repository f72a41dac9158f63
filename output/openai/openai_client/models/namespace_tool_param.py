"""NamespaceToolParam: Groups function/custom tools under a shared namespace."""

from __future__ import annotations

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate

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


# Imported last so that models referring to each other can load in any order.
from .custom_tool_param import CustomToolParam  # noqa: E402
from .function_tool_param import FunctionToolParam  # noqa: E402

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaToolSearchOutput"]


class BetaToolSearchOutput(BaseModel):
    agent: BetaAgentTag | None = None
    """The agent that produced this item."""

    type: Literal["tool_search_output"]
    """The type of the item. Always `tool_search_output`."""

    id: str
    """The unique ID of the tool search output item."""

    call_id: str | None

    execution: BetaToolSearchExecutionType
    """Whether tool search was executed by the server or by the client."""

    tools: list[BetaTool]
    """The loaded tool definitions returned by tool search."""

    status: BetaFunctionCallOutputStatusEnum
    """The status of the tool search output item that was recorded."""

    created_by: str | None = None
    """The identifier of the actor that created the item."""


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag  # noqa: E402
from .beta_function_call_output_status_enum import (  # noqa: E402
    BetaFunctionCallOutputStatusEnum,
)
from .beta_tool import BetaTool  # noqa: E402
from .beta_tool_search_execution_type import BetaToolSearchExecutionType  # noqa: E402

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag
from .beta_function_call_output_status_enum import BetaFunctionCallOutputStatusEnum
from .beta_tool import BetaTool
from .beta_tool_search_execution_type import BetaToolSearchExecutionType

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

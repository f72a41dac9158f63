from typing import Any, Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag
from .beta_function_call_status import BetaFunctionCallStatus
from .beta_tool_search_execution_type import BetaToolSearchExecutionType

__all__ = ["BetaToolSearchCall"]


class BetaToolSearchCall(BaseModel):
    agent: BetaAgentTag | None = None
    """The agent that produced this item."""

    type: Literal["tool_search_call"]
    """The type of the item. Always `tool_search_call`."""

    id: str
    """The unique ID of the tool search call item."""

    call_id: str | None

    execution: BetaToolSearchExecutionType
    """Whether tool search was executed by the server or by the client."""

    arguments: Any
    """Arguments used for the tool search call."""

    status: BetaFunctionCallStatus
    """The status of the tool search call item that was recorded."""

    created_by: str | None = None
    """The identifier of the actor that created the item."""

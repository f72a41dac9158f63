"""BetaMCPToolCall: An invocation of a tool on an MCP server."""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag
from .beta_mcp_tool_call_error import BetaMCPToolCallError
from .beta_mcp_tool_call_status import BetaMCPToolCallStatus

__all__ = ["BetaMCPToolCall"]


class BetaMCPToolCall(BaseModel):
    """An invocation of a tool on an MCP server."""

    agent: BetaAgentTag | None = None
    """The agent that produced this item."""

    type: Literal["mcp_call"]
    """The type of the item. Always `mcp_call`."""

    id: str
    """The unique ID of the tool call."""

    server_label: str
    """The label of the MCP server running the tool."""

    name: str
    """The name of the tool that was run."""

    arguments: str
    """A JSON string of the arguments passed to the tool."""

    output: str | None = None

    error: BetaMCPToolCallError | None = None
    """The error from the tool call, if any."""

    status: BetaMCPToolCallStatus | None = None
    """The status of the tool call. One of `in_progress`, `completed`, `incomplete`,
    `calling`, or `failed`.
    """

    approval_request_id: str | None = None

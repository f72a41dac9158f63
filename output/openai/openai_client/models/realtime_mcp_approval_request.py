"""RealtimeMCPApprovalRequest: A Realtime item requesting human approval of a tool
invocation.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RealtimeMCPApprovalRequest"]


class RealtimeMCPApprovalRequest(BaseModel):
    """A Realtime item requesting human approval of a tool invocation."""

    type: Literal["mcp_approval_request"]
    """The type of the item. Always `mcp_approval_request`."""

    id: str
    """The unique ID of the approval request."""

    server_label: str
    """The label of the MCP server making the request."""

    name: str
    """The name of the tool to run."""

    arguments: str
    """A JSON string of arguments for the tool."""

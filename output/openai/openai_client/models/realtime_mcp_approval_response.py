"""RealtimeMCPApprovalResponse: A Realtime item responding to an MCP approval request."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RealtimeMCPApprovalResponse"]


class RealtimeMCPApprovalResponse(BaseModel):
    """A Realtime item responding to an MCP approval request."""

    type: Literal["mcp_approval_response"]
    """The type of the item. Always `mcp_approval_response`."""

    id: str
    """The unique ID of the approval response."""

    approval_request_id: str
    """The ID of the approval request being answered."""

    approve: bool
    """Whether the request was approved."""

    reason: str | None = None

"""BetaMCPApprovalResponse: A response to an MCP approval request."""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag

__all__ = ["BetaMCPApprovalResponse"]


class BetaMCPApprovalResponse(BaseModel):
    """A response to an MCP approval request."""

    agent: BetaAgentTag | None = None
    """The agent that produced this item."""

    type: Literal["mcp_approval_response"]
    """The type of the item. Always `mcp_approval_response`."""

    id: str | None = None

    approval_request_id: str
    """The ID of the approval request being answered."""

    approve: bool
    """Whether the request was approved."""

    reason: str | None = None

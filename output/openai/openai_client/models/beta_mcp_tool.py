"""BetaMCPTool: Give the model access to additional tools via remote Model Context
Protocol
(MCP) servers. [Learn more about
MCP](https://api.openai.com/docs/guides/tools-remote-mcp).
"""

from typing import Literal

from .._base_model import BaseModel
from .beta_callable_tool_allowed_caller import BetaCallableToolAllowedCaller
from .beta_mcp_tool_filter import BetaMCPToolFilter
from .beta_mcp_tool_require_approval_variant1_mcp_tool_approval_filter import (
    BetaMCPToolRequireApprovalVariant1MCPToolApprovalFilter,
)

__all__ = ["BetaMCPTool"]


class BetaMCPTool(BaseModel):
    """Give the model access to additional tools via remote Model Context Protocol
    (MCP) servers. [Learn more about
    MCP](https://api.openai.com/docs/guides/tools-remote-mcp).
    """

    type: Literal["mcp"]
    """The type of the MCP tool. Always `mcp`."""

    server_label: str
    """A label for this MCP server, used to identify it in tool calls."""

    server_url: str | None = None
    """The URL for the MCP server. One of `server_url`, `connector_id`, or
    `tunnel_id` must be provided.
    """

    connector_id: (
        Literal[
            "connector_dropbox",
            "connector_gmail",
            "connector_googlecalendar",
            "connector_googledrive",
            "connector_microsoftteams",
            "connector_outlookcalendar",
            "connector_outlookemail",
            "connector_sharepoint",
        ]
        | str
        | None
    ) = None
    """Identifier for service connectors, like those available in ChatGPT. One of
    `server_url`, `connector_id`, or `tunnel_id` must be provided. Learn more
    about service connectors
    [here](https://api.openai.com/docs/guides/tools-remote-mcp#connectors).

    Currently supported `connector_id` values are:

    - Dropbox: `connector_dropbox`
    - Gmail: `connector_gmail`
    - Google Calendar: `connector_googlecalendar`
    - Google Drive: `connector_googledrive`
    - Microsoft Teams: `connector_microsoftteams`
    - Outlook Calendar: `connector_outlookcalendar`
    - Outlook Email: `connector_outlookemail`
    - SharePoint: `connector_sharepoint`
    """

    tunnel_id: str | None = None
    """The Secure MCP Tunnel ID to use instead of a direct server URL. One of
    `server_url`, `connector_id`, or `tunnel_id` must be provided.
    """

    authorization: str | None = None
    """An OAuth access token that can be used with a remote MCP server, either
    with a custom MCP server URL or a service connector. Your application
    must handle the OAuth authorization flow and provide the token here.
    """

    server_description: str | None = None
    """Optional description of the MCP server, used to provide more context."""

    headers: dict[str, str] | None = None

    allowed_tools: list[str] | BetaMCPToolFilter | None = None

    allowed_callers: list[BetaCallableToolAllowedCaller] | None = None

    require_approval: (
        BetaMCPToolRequireApprovalVariant1MCPToolApprovalFilter
        | Literal["always", "never"]
        | str
        | None
    ) = None

    defer_loading: bool | None = None
    """Whether this MCP tool is deferred and discovered via tool search."""

"""RealtimeMCPToolCall: A Realtime item representing an invocation of a tool on an MCP
server.
"""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .realtime_mcp_protocol_error import RealtimeMCPProtocolError
from .realtime_mcp_tool_execution_error import RealtimeMCPToolExecutionError
from .realtime_mcphttp_error import RealtimeMCPHTTPError

__all__ = ["RealtimeMCPToolCall"]


class RealtimeMCPToolCall(BaseModel):
    """A Realtime item representing an invocation of a tool on an MCP server."""

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

    approval_request_id: str | None = None

    output: str | None = None

    error: (
        Annotated[
            Annotated[
                RealtimeMCPProtocolError, pydantic.Tag("RealtimeMCPProtocolError")
            ]
            | Annotated[
                RealtimeMCPToolExecutionError,
                pydantic.Tag("RealtimeMCPToolExecutionError"),
            ]
            | Annotated[RealtimeMCPHTTPError, pydantic.Tag("RealtimeMCPHTTPError")]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "protocol_error": "RealtimeMCPProtocolError",
                    "tool_execution_error": "RealtimeMCPToolExecutionError",
                    "http_error": "RealtimeMCPHTTPError",
                },
            ),
        ]
        | None
    ) = None

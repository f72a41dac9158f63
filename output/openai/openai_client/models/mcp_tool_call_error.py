from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .http_error import HTTPError
from .mcp_protocol_error import MCPProtocolError
from .mcp_tool_execution_error import MCPToolExecutionError

__all__ = ["MCPToolCallError"]

MCPToolCallError: TypeAlias = Annotated[
    Annotated[MCPProtocolError, pydantic.Tag("MCPProtocolError")]
    | Annotated[MCPToolExecutionError, pydantic.Tag("MCPToolExecutionError")]
    | Annotated[HTTPError, pydantic.Tag("HTTPError")]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "mcp_protocol_error": "MCPProtocolError",
            "mcp_tool_execution_error": "MCPToolExecutionError",
            "http_error": "HTTPError",
        },
    ),
]

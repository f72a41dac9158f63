from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .beta_http_error import BetaHTTPError
from .beta_mcp_protocol_error import BetaMCPProtocolError
from .beta_mcp_tool_execution_error import BetaMCPToolExecutionError

__all__ = ["BetaMCPToolCallError"]

BetaMCPToolCallError: TypeAlias = Annotated[
    Annotated[BetaMCPProtocolError, pydantic.Tag("BetaMCPProtocolError")]
    | Annotated[BetaMCPToolExecutionError, pydantic.Tag("BetaMCPToolExecutionError")]
    | Annotated[BetaHTTPError, pydantic.Tag("BetaHTTPError")]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "mcp_protocol_error": "BetaMCPProtocolError",
            "mcp_tool_execution_error": "BetaMCPToolExecutionError",
            "http_error": "BetaHTTPError",
        },
    ),
]

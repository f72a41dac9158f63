from typing import Any, Literal

from .._base_model import BaseModel
from .beta_agent_tag_param import BetaAgentTagParam
from .beta_function_call_item_status import BetaFunctionCallItemStatus
from .beta_tool_search_execution_type import BetaToolSearchExecutionType

__all__ = ["BetaToolSearchCallItemParam"]


class BetaToolSearchCallItemParam(BaseModel):
    agent: BetaAgentTagParam | None = None

    id: str | None = None

    call_id: str | None = None

    type: Literal["tool_search_call"]
    """The item type. Always `tool_search_call`."""

    execution: BetaToolSearchExecutionType | None = None
    """Whether tool search was executed by the server or by the client."""

    arguments: dict[str, Any]
    """The arguments supplied to the tool search call."""

    status: BetaFunctionCallItemStatus | None = None

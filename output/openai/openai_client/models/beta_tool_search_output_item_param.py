from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag_param import BetaAgentTagParam
from .beta_function_call_item_status import BetaFunctionCallItemStatus
from .beta_tool import BetaTool
from .beta_tool_search_execution_type import BetaToolSearchExecutionType

__all__ = ["BetaToolSearchOutputItemParam"]


class BetaToolSearchOutputItemParam(BaseModel):
    agent: BetaAgentTagParam | None = None

    id: str | None = None

    call_id: str | None = None

    type: Literal["tool_search_output"]
    """The item type. Always `tool_search_output`."""

    execution: BetaToolSearchExecutionType | None = None
    """Whether tool search was executed by the server or by the client."""

    tools: list[BetaTool]
    """The loaded tool definitions returned by the tool search output."""

    status: BetaFunctionCallItemStatus | None = None

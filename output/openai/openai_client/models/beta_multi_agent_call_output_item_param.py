from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag_param import BetaAgentTagParam
from .beta_multi_agent_action1 import BetaMultiAgentAction1
from .beta_output_text_content_param import BetaOutputTextContentParam

__all__ = ["BetaMultiAgentCallOutputItemParam"]


class BetaMultiAgentCallOutputItemParam(BaseModel):
    agent: BetaAgentTagParam | None = None

    id: str | None = None

    call_id: str
    """The unique ID of the multi-agent call."""

    type: Literal["multi_agent_call_output"]
    """The item type. Always `multi_agent_call_output`."""

    action: BetaMultiAgentAction1
    """The multi-agent action that produced this result."""

    output: list[BetaOutputTextContentParam]
    """Text output returned by the multi-agent action."""

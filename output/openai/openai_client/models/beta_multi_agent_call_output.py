from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag
from .beta_multi_agent_action import BetaMultiAgentAction
from .beta_output_text_content import BetaOutputTextContent

__all__ = ["BetaMultiAgentCallOutput"]


class BetaMultiAgentCallOutput(BaseModel):
    agent: BetaAgentTag | None = None
    """The agent that produced this item."""

    type: Literal["multi_agent_call_output"]
    """The type of the multi-agent result. Always `multi_agent_call_output`."""

    id: str
    """The unique ID of the multi-agent call output item."""

    call_id: str
    """The unique ID of the multi-agent call."""

    action: BetaMultiAgentAction
    """The multi-agent action that produced this result."""

    output: list[BetaOutputTextContent]
    """Text output returned by the multi-agent action."""

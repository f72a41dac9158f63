from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

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


# Imported last so that models referring to each other can load in any order.
from .beta_agent_tag import BetaAgentTag  # noqa: E402
from .beta_multi_agent_action import BetaMultiAgentAction  # noqa: E402
from .beta_output_text_content import BetaOutputTextContent  # noqa: E402

"""BetaOutputMessage: An output message from the model."""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag
from .beta_message_phase import BetaMessagePhase
from .beta_output_message_content import BetaOutputMessageContent

__all__ = ["BetaOutputMessage"]


class BetaOutputMessage(BaseModel):
    """An output message from the model."""

    agent: BetaAgentTag | None = None
    """The agent that produced this item."""

    id: str
    """The unique ID of the output message."""

    type: Literal["message"]
    """The type of the output message. Always `message`."""

    role: Literal["assistant"]
    """The role of the output message. Always `assistant`."""

    content: list[BetaOutputMessageContent]
    """The content of the output message."""

    phase: BetaMessagePhase | None = None

    status: Literal["in_progress", "completed", "incomplete"] | str
    """The status of the message input. One of `in_progress`, `completed`, or
    `incomplete`. Populated when input items are returned via API.
    """

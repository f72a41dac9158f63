"""BetaResponseCodeInterpreterCallCodeDeltaEvent: Emitted when a partial code snippet is
streamed by the code interpreter.
"""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag

__all__ = ["BetaResponseCodeInterpreterCallCodeDeltaEvent"]


class BetaResponseCodeInterpreterCallCodeDeltaEvent(BaseModel):
    """Emitted when a partial code snippet is streamed by the code interpreter."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.code_interpreter_call_code.delta"]
    """The type of the event. Always `response.code_interpreter_call_code.delta`."""

    output_index: int
    """The index of the output item in the response for which the code is being
    streamed.
    """

    item_id: str
    """The unique identifier of the code interpreter tool call item."""

    delta: str
    """The partial code snippet being streamed by the code interpreter."""

    sequence_number: int
    """The sequence number of this event, used to order streaming events."""

"""BetaResponseCodeInterpreterCallInterpretingEvent: Emitted when the code interpreter
is actively interpreting the code snippet.
"""

from typing import Literal

from .._base_model import BaseModel
from .beta_agent_tag import BetaAgentTag

__all__ = ["BetaResponseCodeInterpreterCallInterpretingEvent"]


class BetaResponseCodeInterpreterCallInterpretingEvent(BaseModel):
    """Emitted when the code interpreter is actively interpreting the code snippet."""

    agent: BetaAgentTag | None = None
    """The agent that owns this multi-agent streaming event."""

    type: Literal["response.code_interpreter_call.interpreting"]
    """The type of the event. Always `response.code_interpreter_call.interpreting`."""

    output_index: int
    """The index of the output item in the response for which the code interpreter is
    interpreting code.
    """

    item_id: str
    """The unique identifier of the code interpreter tool call item."""

    sequence_number: int
    """The sequence number of this event, used to order streaming events."""

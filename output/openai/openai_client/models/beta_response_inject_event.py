"""BetaResponseInjectEvent: Injects input items into an active response over a WebSocket
connection.
The items are validated and committed atomically. Currently, the server
accepts client-owned tool outputs that resume a waiting agent.
"""

from typing import Literal

from .._base_model import BaseModel
from .beta_input_item import BetaInputItem

__all__ = ["BetaResponseInjectEvent"]


class BetaResponseInjectEvent(BaseModel):
    """Injects input items into an active response over a WebSocket connection.
    The items are validated and committed atomically. Currently, the server
    accepts client-owned tool outputs that resume a waiting agent.
    """

    type: Literal["response.inject"]
    """The event discriminator. Always `response.inject`."""

    response_id: str
    """The ID of the active response that should receive the input."""

    input: list[BetaInputItem]
    """Input items to inject into the active response."""

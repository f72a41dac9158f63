"""BetaConversationParam2: The conversation that this response belongs to."""

from .._base_model import BaseModel

__all__ = ["BetaConversationParam2"]


class BetaConversationParam2(BaseModel):
    """The conversation that this response belongs to."""

    id: str
    """The unique ID of the conversation."""

"""ConversationParam2: The conversation that this response belongs to."""

from .._base_model import BaseModel

__all__ = ["ConversationParam2"]


class ConversationParam2(BaseModel):
    """The conversation that this response belongs to."""

    id: str
    """The unique ID of the conversation."""

"""ResponseConversation: The conversation that this response belonged to. Input items
and output items from this response were automatically added to this conversation.
"""

from .._base_model import BaseModel

__all__ = ["ResponseConversation"]


class ResponseConversation(BaseModel):
    """The conversation that this response belonged to. Input items and output items
    from this response were automatically added to this conversation.
    """

    id: str
    """The unique ID of the conversation that this response was associated with."""

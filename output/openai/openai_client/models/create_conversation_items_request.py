from .._base_model import BaseModel
from .input_item import InputItem

__all__ = ["CreateConversationItemsRequest"]


class CreateConversationItemsRequest(BaseModel):
    items: list[InputItem]
    """The items to add to the conversation. You may add up to 20 items at a time."""

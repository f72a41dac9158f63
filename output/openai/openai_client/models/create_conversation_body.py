from .._base_model import BaseModel
from .input_item import InputItem
from .metadata import Metadata

__all__ = ["CreateConversationBody"]


class CreateConversationBody(BaseModel):
    metadata: Metadata | None = None

    items: list[InputItem] | None = None

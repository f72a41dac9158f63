from typing import Literal

from .._base_model import BaseModel

__all__ = ["CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference"]


class CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference(
    BaseModel
):
    type: Literal["item_reference"]
    """The type of input messages. Always `item_reference`."""

    item_reference: str
    """A reference to a variable in the `item` namespace. Ie, "item.name\""""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["CreateConversationBody"]


class CreateConversationBody(BaseModel):
    metadata: Metadata | None = None

    items: list[InputItem] | None = None


# Imported last so that models referring to each other can load in any order.
from .input_item import InputItem  # noqa: E402
from .metadata import Metadata  # noqa: E402

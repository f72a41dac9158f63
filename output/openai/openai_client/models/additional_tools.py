from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["AdditionalTools"]


class AdditionalTools(BaseModel):
    type: Literal["additional_tools"]
    """The type of the item. Always `additional_tools`."""

    id: str
    """The unique ID of the additional tools item."""

    role: MessageRole
    """The role that provided the additional tools."""

    tools: list[Tool]
    """The additional tool definitions made available at this item."""


# Imported last so that models referring to each other can load in any order.
from .message_role import MessageRole  # noqa: E402
from .tool import Tool  # noqa: E402

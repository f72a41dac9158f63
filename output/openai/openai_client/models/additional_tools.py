from typing import Literal

from .._base_model import BaseModel
from .message_role import MessageRole
from .tool import Tool

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

"""ToolChoice: Tool selection that the assistant should honor when executing the item."""

from .._base_model import BaseModel

__all__ = ["ToolChoice"]


class ToolChoice(BaseModel):
    """Tool selection that the assistant should honor when executing the item."""

    id: str
    """Identifier of the requested tool."""

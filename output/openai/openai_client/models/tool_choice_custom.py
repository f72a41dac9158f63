"""ToolChoiceCustom: Use this option to force the model to call a specific custom tool."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ToolChoiceCustom"]


class ToolChoiceCustom(BaseModel):
    """Use this option to force the model to call a specific custom tool."""

    type: Literal["custom"]
    """For custom tool calling, the type is always `custom`."""

    name: str
    """The name of the custom tool to call."""

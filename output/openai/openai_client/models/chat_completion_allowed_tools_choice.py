"""ChatCompletionAllowedToolsChoice: Constrains the tools available to the model to a
pre-defined set.
"""

from typing import Literal

from .._base_model import BaseModel
from .chat_completion_allowed_tools import ChatCompletionAllowedTools

__all__ = ["ChatCompletionAllowedToolsChoice"]


class ChatCompletionAllowedToolsChoice(BaseModel):
    """Constrains the tools available to the model to a pre-defined set."""

    type: Literal["allowed_tools"]
    """Allowed tool configuration type. Always `allowed_tools`."""

    allowed_tools: ChatCompletionAllowedTools
    """Constrains the tools available to the model to a pre-defined set."""

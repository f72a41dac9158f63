"""BetaConversationParam: The conversation that this response belongs to. Items from
this conversation are prepended to `input_items` for this response request.
Input items and output items from this response are automatically added to this
conversation after this response completes.
"""

from typing import TypeAlias

from .beta_conversation_param2 import BetaConversationParam2

__all__ = ["BetaConversationParam"]

BetaConversationParam: TypeAlias = str | BetaConversationParam2
"""The conversation that this response belongs to. Items from this conversation are
prepended to `input_items` for this response request.
Input items and output items from this response are automatically added to this
conversation after this response completes.
"""

"""ChatSessionAutomaticThreadTitling: Automatic thread title preferences for the
session.
"""

from .._base_model import BaseModel

__all__ = ["ChatSessionAutomaticThreadTitling"]


class ChatSessionAutomaticThreadTitling(BaseModel):
    """Automatic thread title preferences for the session."""

    enabled: bool
    """Whether automatic thread titling is enabled."""

"""ChatSessionChatkitConfiguration: ChatKit configuration for the session."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["ChatSessionChatkitConfiguration"]


class ChatSessionChatkitConfiguration(BaseModel):
    """ChatKit configuration for the session."""

    automatic_thread_titling: ChatSessionAutomaticThreadTitling
    """Automatic thread titling preferences."""

    file_upload: ChatSessionFileUpload
    """Upload settings for the session."""

    history: ChatSessionHistory
    """History retention configuration."""


# Imported last so that models referring to each other can load in any order.
from .chat_session_automatic_thread_titling import (  # noqa: E402
    ChatSessionAutomaticThreadTitling,
)
from .chat_session_file_upload import ChatSessionFileUpload  # noqa: E402
from .chat_session_history import ChatSessionHistory  # noqa: E402

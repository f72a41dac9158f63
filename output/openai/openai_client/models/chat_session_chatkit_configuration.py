"""ChatSessionChatkitConfiguration: ChatKit configuration for the session."""

from .._base_model import BaseModel
from .chat_session_automatic_thread_titling import ChatSessionAutomaticThreadTitling
from .chat_session_file_upload import ChatSessionFileUpload
from .chat_session_history import ChatSessionHistory

__all__ = ["ChatSessionChatkitConfiguration"]


class ChatSessionChatkitConfiguration(BaseModel):
    """ChatKit configuration for the session."""

    automatic_thread_titling: ChatSessionAutomaticThreadTitling
    """Automatic thread titling preferences."""

    file_upload: ChatSessionFileUpload
    """Upload settings for the session."""

    history: ChatSessionHistory
    """History retention configuration."""

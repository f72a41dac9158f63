"""ChatSessionFileUpload: Upload permissions and limits applied to the session."""

from .._base_model import BaseModel

__all__ = ["ChatSessionFileUpload"]


class ChatSessionFileUpload(BaseModel):
    """Upload permissions and limits applied to the session."""

    enabled: bool
    """Indicates if uploads are enabled for the session."""

    max_file_size: int | None

    max_files: int | None

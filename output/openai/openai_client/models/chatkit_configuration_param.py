"""ChatkitConfigurationParam: Optional per-session configuration settings for ChatKit
behavior.
"""

from .._base_model import BaseModel
from .automatic_thread_titling_param import AutomaticThreadTitlingParam
from .file_upload_param import FileUploadParam
from .history_param import HistoryParam

__all__ = ["ChatkitConfigurationParam"]


class ChatkitConfigurationParam(BaseModel):
    """Optional per-session configuration settings for ChatKit behavior."""

    automatic_thread_titling: AutomaticThreadTitlingParam | None = None
    """Configuration for automatic thread titling. When omitted, automatic thread
    titling is enabled by default.
    """

    file_upload: FileUploadParam | None = None
    """Configuration for upload enablement and limits. When omitted, uploads are
    disabled by default (max_files 10, max_file_size 512 MB).
    """

    history: HistoryParam | None = None
    """Configuration for chat history retention. When omitted, history is enabled by
    default with no limit on recent_threads (null).
    """

"""ChatkitConfigurationParam: Optional per-session configuration settings for ChatKit
behavior.
"""

from __future__ import annotations

from .._base_model import BaseModel

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


# Imported last so that models referring to each other can load in any order.
from .automatic_thread_titling_param import AutomaticThreadTitlingParam  # noqa: E402
from .file_upload_param import FileUploadParam  # noqa: E402
from .history_param import HistoryParam  # noqa: E402

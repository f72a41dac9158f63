"""Every model of OpenAI API. Each is imported on first use, so importing this package
is cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_upload_part_request import AddUploadPartRequest as AddUploadPartRequest
    from .complete_upload_request import CompleteUploadRequest as CompleteUploadRequest
    from .create_upload_request import CreateUploadRequest as CreateUploadRequest
    from .file_expiration_after import FileExpirationAfter as FileExpirationAfter
    from .open_ai_file import OpenAIFile as OpenAIFile
    from .upload import Upload as Upload
    from .upload_part import UploadPart as UploadPart

_MODULES: dict[str, str] = {
    "AddUploadPartRequest": "add_upload_part_request",
    "CompleteUploadRequest": "complete_upload_request",
    "CreateUploadRequest": "create_upload_request",
    "FileExpirationAfter": "file_expiration_after",
    "OpenAIFile": "open_ai_file",
    "Upload": "upload",
    "UploadPart": "upload_part",
}

__all__ = [
    "AddUploadPartRequest",
    "CompleteUploadRequest",
    "CreateUploadRequest",
    "FileExpirationAfter",
    "OpenAIFile",
    "Upload",
    "UploadPart",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)

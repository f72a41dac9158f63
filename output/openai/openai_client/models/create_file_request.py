from typing import Literal

from .._base_model import BaseModel
from .file_expiration_after import FileExpirationAfter

__all__ = ["CreateFileRequest"]


class CreateFileRequest(BaseModel):
    file: bytes
    """The File object (not file name) to be uploaded."""

    purpose: (
        Literal["assistants", "batch", "fine-tune", "vision", "user_data", "evals"]
        | str
    )
    """The intended purpose of the uploaded file. One of:
    - `assistants`: Used in the Assistants API
    - `batch`: Used in the Batch API
    - `fine-tune`: Used for fine-tuning
    - `vision`: Images used for vision fine-tuning
    - `user_data`: Flexible file type for any purpose
    - `evals`: Used for eval data sets
    """

    expires_after: FileExpirationAfter | None = None
    """The expiration policy for a file. By default, files with `purpose=batch` expire
    after 30 days and all other files are persisted until they are manually deleted.
    """

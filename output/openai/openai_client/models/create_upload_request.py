from typing import Literal

from .._base_model import BaseModel
from .file_expiration_after import FileExpirationAfter

__all__ = ["CreateUploadRequest"]


class CreateUploadRequest(BaseModel):
    filename: str
    """The name of the file to upload."""

    purpose: Literal["assistants", "batch", "fine-tune", "vision"] | str
    """The intended purpose of the uploaded file.

    See the [documentation on File
    purposes](https://api.openai.com/docs/api-reference/files/create#files-create-purpose).
    """

    bytes: int
    """The number of bytes in the file you are uploading."""

    mime_type: str
    """The MIME type of the file.


    This must fall within the supported MIME types for your file purpose. See
    the supported MIME types for assistants and vision.
    """

    expires_after: FileExpirationAfter | None = None
    """The expiration policy for a file. By default, files with `purpose=batch` expire
    after 30 days and all other files are persisted until they are manually deleted.
    """

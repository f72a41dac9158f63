"""Upload: The Upload object can accept byte chunks in the form of Parts."""

from typing import Literal

from .._base_model import BaseModel
from .open_ai_file import OpenAIFile

__all__ = ["Upload"]


class Upload(BaseModel):
    """The Upload object can accept byte chunks in the form of Parts."""

    id: str
    """The Upload unique identifier, which can be referenced in API endpoints."""

    created_at: int
    """The Unix timestamp (in seconds) for when the Upload was created."""

    filename: str
    """The name of the file to be uploaded."""

    bytes: int
    """The intended number of bytes to be uploaded."""

    purpose: str
    """The intended purpose of the file. [Please refer
    here](https://api.openai.com/docs/api-reference/files/object#files/object-purpose)
    for acceptable values.
    """

    status: Literal["pending", "completed", "cancelled", "expired"] | str
    """The status of the Upload."""

    expires_at: int
    """The Unix timestamp (in seconds) for when the Upload will expire."""

    object: Literal["upload"] | None = None
    """The object type, which is always "upload"."""

    file: OpenAIFile | None = None

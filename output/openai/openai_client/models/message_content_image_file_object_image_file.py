from typing import Literal

from .._base_model import BaseModel

__all__ = ["MessageContentImageFileObjectImageFile"]


class MessageContentImageFileObjectImageFile(BaseModel):
    file_id: str
    """The [File](https://api.openai.com/docs/api-reference/files) ID of the image in
    the message content. Set `purpose="vision"` when uploading the File if you need
    to later display the file content.
    """

    detail: Literal["auto", "low", "high"] | str | None = None
    """Specifies the detail level of the image if specified by the user. `low` uses
    fewer tokens, you can opt in to high resolution using `high`.
    """

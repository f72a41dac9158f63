from .._base_model import BaseModel

__all__ = ["MessageDeltaContentTextAnnotationsFilePathObjectFilePath"]


class MessageDeltaContentTextAnnotationsFilePathObjectFilePath(BaseModel):
    file_id: str | None = None
    """The ID of the file that was generated."""

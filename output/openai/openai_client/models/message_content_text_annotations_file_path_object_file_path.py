from .._base_model import BaseModel

__all__ = ["MessageContentTextAnnotationsFilePathObjectFilePath"]


class MessageContentTextAnnotationsFilePathObjectFilePath(BaseModel):
    file_id: str
    """The ID of the file that was generated."""

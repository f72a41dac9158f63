from .._base_model import BaseModel

__all__ = ["CodeInterpreterFileOutputFilesItem"]


class CodeInterpreterFileOutputFilesItem(BaseModel):
    mime_type: str
    """The MIME type of the file."""

    file_id: str
    """The ID of the file."""

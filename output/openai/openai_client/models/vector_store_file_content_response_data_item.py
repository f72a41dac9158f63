from .._base_model import BaseModel

__all__ = ["VectorStoreFileContentResponseDataItem"]


class VectorStoreFileContentResponseDataItem(BaseModel):
    type: str | None = None
    """The content type (currently only `"text"`)"""

    text: str | None = None
    """The text content"""

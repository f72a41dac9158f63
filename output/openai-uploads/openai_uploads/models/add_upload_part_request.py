from .._base_model import BaseModel

__all__ = ["AddUploadPartRequest"]


class AddUploadPartRequest(BaseModel):
    data: bytes
    """The chunk of bytes for this Part."""

from .._base_model import BaseModel

__all__ = ["CompleteUploadRequest"]


class CompleteUploadRequest(BaseModel):
    part_ids: list[str]
    """The ordered list of Part IDs."""

    md5: str | None = None
    """The optional md5 checksum for the file contents to verify if the bytes uploaded
    matches what you expect.
    """

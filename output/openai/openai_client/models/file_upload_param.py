"""FileUploadParam: Controls whether users can upload files."""

from .._base_model import BaseModel

__all__ = ["FileUploadParam"]


class FileUploadParam(BaseModel):
    """Controls whether users can upload files."""

    enabled: bool | None = None
    """Enable uploads for this session. Defaults to false."""

    max_file_size: int | None = None
    """Maximum size in megabytes for each uploaded file. Defaults to 512 MB, which is
    the maximum allowable size.
    """

    max_files: int | None = None
    """Maximum number of files that can be uploaded to the session. Defaults to 10."""

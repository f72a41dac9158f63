from .._base_model import BaseModel

__all__ = ["CreateContainerFileBody"]


class CreateContainerFileBody(BaseModel):
    file_id: str | None = None
    """Name of the file to create."""

    file: bytes | None = None
    """The File object (not file name) to be uploaded."""

from .._base_model import BaseModel

__all__ = ["ImageRefParam2"]


class ImageRefParam2(BaseModel):
    image_url: str | None = None
    """A fully qualified URL or base64-encoded data URL."""

    file_id: str | None = None

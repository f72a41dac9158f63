"""Attachment: Attachment metadata included on thread items."""

from .._base_model import BaseModel
from .attachment_type import AttachmentType

__all__ = ["Attachment"]


class Attachment(BaseModel):
    """Attachment metadata included on thread items."""

    type: AttachmentType
    """Attachment discriminator."""

    id: str
    """Identifier for the attachment."""

    name: str
    """Original display name for the attachment."""

    mime_type: str
    """MIME type of the attachment."""

    preview_url: str | None

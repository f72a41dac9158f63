"""Attachment: Attachment metadata included on thread items."""

from __future__ import annotations

from .._base_model import BaseModel

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


# Imported last so that models referring to each other can load in any order.
from .attachment_type import AttachmentType  # noqa: E402

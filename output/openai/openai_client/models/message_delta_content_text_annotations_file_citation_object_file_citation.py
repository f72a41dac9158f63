from .._base_model import BaseModel

__all__ = ["MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation"]


class MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation(BaseModel):
    file_id: str | None = None
    """The ID of the specific File the citation is from."""

    quote: str | None = None
    """The specific quote in the file."""

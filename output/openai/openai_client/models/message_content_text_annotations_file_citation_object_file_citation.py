from .._base_model import BaseModel

__all__ = ["MessageContentTextAnnotationsFileCitationObjectFileCitation"]


class MessageContentTextAnnotationsFileCitationObjectFileCitation(BaseModel):
    file_id: str
    """The ID of the specific File the citation is from."""

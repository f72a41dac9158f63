from .._base_model import BaseModel

__all__ = ["UpdateVoiceConsentRequest"]


class UpdateVoiceConsentRequest(BaseModel):
    name: str
    """The updated label for this consent recording."""

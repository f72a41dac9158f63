"""VoiceIdsOrCustomVoiceVariant2: Custom voice reference."""

from .._base_model import BaseModel

__all__ = ["VoiceIdsOrCustomVoiceVariant2"]


class VoiceIdsOrCustomVoiceVariant2(BaseModel):
    """Custom voice reference."""

    id: str
    """The custom voice ID, e.g. `voice_1234`."""

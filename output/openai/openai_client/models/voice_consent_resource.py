"""VoiceConsentResource: A consent recording used to authorize creation of a custom
voice.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["VoiceConsentResource"]


class VoiceConsentResource(BaseModel):
    """A consent recording used to authorize creation of a custom voice."""

    object: Literal["audio.voice_consent"]
    """The object type, which is always `audio.voice_consent`."""

    id: str
    """The consent recording identifier."""

    name: str
    """The label provided when the consent recording was uploaded."""

    language: str
    """The BCP 47 language tag for the consent phrase (for example, `en-US`)."""

    created_at: int
    """The Unix timestamp (in seconds) for when the consent recording was created."""

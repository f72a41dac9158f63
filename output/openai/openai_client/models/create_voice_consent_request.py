from .._base_model import BaseModel

__all__ = ["CreateVoiceConsentRequest"]


class CreateVoiceConsentRequest(BaseModel):
    name: str
    """The label to use for this consent recording."""

    recording: bytes
    """The consent audio recording file. Maximum size is 10 MiB.

    Supported MIME types:
    `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`,
    `audio/webm`, `audio/mp4`.
    """

    language: str
    """The BCP 47 language tag for the consent phrase (for example, `en-US`)."""

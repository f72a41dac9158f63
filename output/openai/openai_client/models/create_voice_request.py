from .._base_model import BaseModel

__all__ = ["CreateVoiceRequest"]


class CreateVoiceRequest(BaseModel):
    name: str
    """The name of the new voice."""

    audio_sample: bytes
    """The sample audio recording file. Maximum size is 10 MiB.

    Supported MIME types:
    `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`,
    `audio/webm`, `audio/mp4`.
    """

    consent: str
    """The consent recording ID (for example, `cons_1234`)."""

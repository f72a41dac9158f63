from typing import Literal

from .._base_model import BaseModel
from .voice_consent_resource import VoiceConsentResource

__all__ = ["VoiceConsentListResource"]


class VoiceConsentListResource(BaseModel):
    object: Literal["list"]

    data: list[VoiceConsentResource]

    first_id: str | None = None

    last_id: str | None = None

    has_more: bool

from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .speech_audio_delta_event import SpeechAudioDeltaEvent
from .speech_audio_done_event import SpeechAudioDoneEvent

__all__ = ["CreateSpeechResponseStreamEvent"]

CreateSpeechResponseStreamEvent: TypeAlias = Annotated[
    Annotated[SpeechAudioDeltaEvent, pydantic.Tag("SpeechAudioDeltaEvent")]
    | Annotated[SpeechAudioDoneEvent, pydantic.Tag("SpeechAudioDoneEvent")]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "speech.audio.delta": "SpeechAudioDeltaEvent",
            "speech.audio.done": "SpeechAudioDoneEvent",
        },
    ),
]

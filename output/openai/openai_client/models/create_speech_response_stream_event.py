"""CreateSpeechResponseStreamEvent."""

from __future__ import annotations

import pydantic
from .._base_model import discriminate
from typing import Annotated, Any
from .speech_audio_delta_event import SpeechAudioDeltaEvent
from .speech_audio_done_event import SpeechAudioDoneEvent
from typing_extensions import TypeAlias

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
"""CreateSpeechResponseStreamEvent"""

from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .realtime_audio_formats_pcm_audio_format import RealtimeAudioFormatsPCMAudioFormat
from .realtime_audio_formats_pcma_audio_format import (
    RealtimeAudioFormatsPCMAAudioFormat,
)
from .realtime_audio_formats_pcmu_audio_format import (
    RealtimeAudioFormatsPCMUAudioFormat,
)

__all__ = ["RealtimeAudioFormats"]

RealtimeAudioFormats: TypeAlias = Annotated[
    Annotated[
        RealtimeAudioFormatsPCMAudioFormat,
        pydantic.Tag("RealtimeAudioFormatsPCMAudioFormat"),
    ]
    | Annotated[
        RealtimeAudioFormatsPCMUAudioFormat,
        pydantic.Tag("RealtimeAudioFormatsPCMUAudioFormat"),
    ]
    | Annotated[
        RealtimeAudioFormatsPCMAAudioFormat,
        pydantic.Tag("RealtimeAudioFormatsPCMAAudioFormat"),
    ]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "audio/pcm": "RealtimeAudioFormatsPCMAudioFormat",
            "audio/pcmu": "RealtimeAudioFormatsPCMUAudioFormat",
            "audio/pcma": "RealtimeAudioFormatsPCMAAudioFormat",
        },
    ),
]

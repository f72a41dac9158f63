from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .transcript_text_delta_event import TranscriptTextDeltaEvent
from .transcript_text_done_event import TranscriptTextDoneEvent
from .transcript_text_segment_event import TranscriptTextSegmentEvent

__all__ = ["CreateTranscriptionResponseStreamEvent"]

CreateTranscriptionResponseStreamEvent: TypeAlias = Annotated[
    Annotated[TranscriptTextSegmentEvent, pydantic.Tag("TranscriptTextSegmentEvent")]
    | Annotated[TranscriptTextDeltaEvent, pydantic.Tag("TranscriptTextDeltaEvent")]
    | Annotated[TranscriptTextDoneEvent, pydantic.Tag("TranscriptTextDoneEvent")]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "transcript.text.segment": "TranscriptTextSegmentEvent",
            "transcript.text.delta": "TranscriptTextDeltaEvent",
            "transcript.text.done": "TranscriptTextDoneEvent",
        },
    ),
]

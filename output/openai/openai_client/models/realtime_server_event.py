"""RealtimeServerEvent: A realtime server event."""

from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .realtime_server_event_conversation_created import (
    RealtimeServerEventConversationCreated,
)
from .realtime_server_event_conversation_item_added import (
    RealtimeServerEventConversationItemAdded,
)
from .realtime_server_event_conversation_item_created import (
    RealtimeServerEventConversationItemCreated,
)
from .realtime_server_event_conversation_item_deleted import (
    RealtimeServerEventConversationItemDeleted,
)
from .realtime_server_event_conversation_item_done import (
    RealtimeServerEventConversationItemDone,
)
from .realtime_server_event_conversation_item_input_audio_transcription_completed import (
    RealtimeServerEventConversationItemInputAudioTranscriptionCompleted,
)
from .realtime_server_event_conversation_item_input_audio_transcription_delta import (
    RealtimeServerEventConversationItemInputAudioTranscriptionDelta,
)
from .realtime_server_event_conversation_item_input_audio_transcription_failed import (
    RealtimeServerEventConversationItemInputAudioTranscriptionFailed,
)
from .realtime_server_event_conversation_item_input_audio_transcription_segment import (
    RealtimeServerEventConversationItemInputAudioTranscriptionSegment,
)
from .realtime_server_event_conversation_item_retrieved import (
    RealtimeServerEventConversationItemRetrieved,
)
from .realtime_server_event_conversation_item_truncated import (
    RealtimeServerEventConversationItemTruncated,
)
from .realtime_server_event_error import RealtimeServerEventError
from .realtime_server_event_input_audio_buffer_cleared import (
    RealtimeServerEventInputAudioBufferCleared,
)
from .realtime_server_event_input_audio_buffer_committed import (
    RealtimeServerEventInputAudioBufferCommitted,
)
from .realtime_server_event_input_audio_buffer_dtmf_event_received import (
    RealtimeServerEventInputAudioBufferDtmfEventReceived,
)
from .realtime_server_event_input_audio_buffer_speech_started import (
    RealtimeServerEventInputAudioBufferSpeechStarted,
)
from .realtime_server_event_input_audio_buffer_speech_stopped import (
    RealtimeServerEventInputAudioBufferSpeechStopped,
)
from .realtime_server_event_input_audio_buffer_timeout_triggered import (
    RealtimeServerEventInputAudioBufferTimeoutTriggered,
)
from .realtime_server_event_mcp_list_tools_completed import (
    RealtimeServerEventMCPListToolsCompleted,
)
from .realtime_server_event_mcp_list_tools_failed import (
    RealtimeServerEventMCPListToolsFailed,
)
from .realtime_server_event_mcp_list_tools_in_progress import (
    RealtimeServerEventMCPListToolsInProgress,
)
from .realtime_server_event_output_audio_buffer_cleared import (
    RealtimeServerEventOutputAudioBufferCleared,
)
from .realtime_server_event_output_audio_buffer_started import (
    RealtimeServerEventOutputAudioBufferStarted,
)
from .realtime_server_event_output_audio_buffer_stopped import (
    RealtimeServerEventOutputAudioBufferStopped,
)
from .realtime_server_event_rate_limits_updated import (
    RealtimeServerEventRateLimitsUpdated,
)
from .realtime_server_event_response_audio_delta import (
    RealtimeServerEventResponseAudioDelta,
)
from .realtime_server_event_response_audio_done import (
    RealtimeServerEventResponseAudioDone,
)
from .realtime_server_event_response_audio_transcript_delta import (
    RealtimeServerEventResponseAudioTranscriptDelta,
)
from .realtime_server_event_response_audio_transcript_done import (
    RealtimeServerEventResponseAudioTranscriptDone,
)
from .realtime_server_event_response_content_part_added import (
    RealtimeServerEventResponseContentPartAdded,
)
from .realtime_server_event_response_content_part_done import (
    RealtimeServerEventResponseContentPartDone,
)
from .realtime_server_event_response_created import RealtimeServerEventResponseCreated
from .realtime_server_event_response_done import RealtimeServerEventResponseDone
from .realtime_server_event_response_function_call_arguments_delta import (
    RealtimeServerEventResponseFunctionCallArgumentsDelta,
)
from .realtime_server_event_response_function_call_arguments_done import (
    RealtimeServerEventResponseFunctionCallArgumentsDone,
)
from .realtime_server_event_response_mcp_call_arguments_delta import (
    RealtimeServerEventResponseMCPCallArgumentsDelta,
)
from .realtime_server_event_response_mcp_call_arguments_done import (
    RealtimeServerEventResponseMCPCallArgumentsDone,
)
from .realtime_server_event_response_mcp_call_completed import (
    RealtimeServerEventResponseMCPCallCompleted,
)
from .realtime_server_event_response_mcp_call_failed import (
    RealtimeServerEventResponseMCPCallFailed,
)
from .realtime_server_event_response_mcp_call_in_progress import (
    RealtimeServerEventResponseMCPCallInProgress,
)
from .realtime_server_event_response_output_item_added import (
    RealtimeServerEventResponseOutputItemAdded,
)
from .realtime_server_event_response_output_item_done import (
    RealtimeServerEventResponseOutputItemDone,
)
from .realtime_server_event_response_text_delta import (
    RealtimeServerEventResponseTextDelta,
)
from .realtime_server_event_response_text_done import (
    RealtimeServerEventResponseTextDone,
)
from .realtime_server_event_session_created import RealtimeServerEventSessionCreated
from .realtime_server_event_session_updated import RealtimeServerEventSessionUpdated

__all__ = ["RealtimeServerEvent"]

RealtimeServerEvent: TypeAlias = Annotated[
    Annotated[
        RealtimeServerEventConversationCreated,
        pydantic.Tag("RealtimeServerEventConversationCreated"),
    ]
    | Annotated[
        RealtimeServerEventConversationItemCreated,
        pydantic.Tag("RealtimeServerEventConversationItemCreated"),
    ]
    | Annotated[
        RealtimeServerEventConversationItemDeleted,
        pydantic.Tag("RealtimeServerEventConversationItemDeleted"),
    ]
    | Annotated[
        RealtimeServerEventConversationItemInputAudioTranscriptionCompleted,
        pydantic.Tag(
            "RealtimeServerEventConversationItemInputAudioTranscriptionCompleted"
        ),
    ]
    | Annotated[
        RealtimeServerEventConversationItemInputAudioTranscriptionDelta,
        pydantic.Tag("RealtimeServerEventConversationItemInputAudioTranscriptionDelta"),
    ]
    | Annotated[
        RealtimeServerEventConversationItemInputAudioTranscriptionFailed,
        pydantic.Tag(
            "RealtimeServerEventConversationItemInputAudioTranscriptionFailed"
        ),
    ]
    | Annotated[
        RealtimeServerEventConversationItemRetrieved,
        pydantic.Tag("RealtimeServerEventConversationItemRetrieved"),
    ]
    | Annotated[
        RealtimeServerEventConversationItemTruncated,
        pydantic.Tag("RealtimeServerEventConversationItemTruncated"),
    ]
    | Annotated[RealtimeServerEventError, pydantic.Tag("RealtimeServerEventError")]
    | Annotated[
        RealtimeServerEventInputAudioBufferCleared,
        pydantic.Tag("RealtimeServerEventInputAudioBufferCleared"),
    ]
    | Annotated[
        RealtimeServerEventInputAudioBufferCommitted,
        pydantic.Tag("RealtimeServerEventInputAudioBufferCommitted"),
    ]
    | Annotated[
        RealtimeServerEventInputAudioBufferDtmfEventReceived,
        pydantic.Tag("RealtimeServerEventInputAudioBufferDtmfEventReceived"),
    ]
    | Annotated[
        RealtimeServerEventInputAudioBufferSpeechStarted,
        pydantic.Tag("RealtimeServerEventInputAudioBufferSpeechStarted"),
    ]
    | Annotated[
        RealtimeServerEventInputAudioBufferSpeechStopped,
        pydantic.Tag("RealtimeServerEventInputAudioBufferSpeechStopped"),
    ]
    | Annotated[
        RealtimeServerEventRateLimitsUpdated,
        pydantic.Tag("RealtimeServerEventRateLimitsUpdated"),
    ]
    | Annotated[
        RealtimeServerEventResponseAudioDelta,
        pydantic.Tag("RealtimeServerEventResponseAudioDelta"),
    ]
    | Annotated[
        RealtimeServerEventResponseAudioDone,
        pydantic.Tag("RealtimeServerEventResponseAudioDone"),
    ]
    | Annotated[
        RealtimeServerEventResponseAudioTranscriptDelta,
        pydantic.Tag("RealtimeServerEventResponseAudioTranscriptDelta"),
    ]
    | Annotated[
        RealtimeServerEventResponseAudioTranscriptDone,
        pydantic.Tag("RealtimeServerEventResponseAudioTranscriptDone"),
    ]
    | Annotated[
        RealtimeServerEventResponseContentPartAdded,
        pydantic.Tag("RealtimeServerEventResponseContentPartAdded"),
    ]
    | Annotated[
        RealtimeServerEventResponseContentPartDone,
        pydantic.Tag("RealtimeServerEventResponseContentPartDone"),
    ]
    | Annotated[
        RealtimeServerEventResponseCreated,
        pydantic.Tag("RealtimeServerEventResponseCreated"),
    ]
    | Annotated[
        RealtimeServerEventResponseDone, pydantic.Tag("RealtimeServerEventResponseDone")
    ]
    | Annotated[
        RealtimeServerEventResponseFunctionCallArgumentsDelta,
        pydantic.Tag("RealtimeServerEventResponseFunctionCallArgumentsDelta"),
    ]
    | Annotated[
        RealtimeServerEventResponseFunctionCallArgumentsDone,
        pydantic.Tag("RealtimeServerEventResponseFunctionCallArgumentsDone"),
    ]
    | Annotated[
        RealtimeServerEventResponseOutputItemAdded,
        pydantic.Tag("RealtimeServerEventResponseOutputItemAdded"),
    ]
    | Annotated[
        RealtimeServerEventResponseOutputItemDone,
        pydantic.Tag("RealtimeServerEventResponseOutputItemDone"),
    ]
    | Annotated[
        RealtimeServerEventResponseTextDelta,
        pydantic.Tag("RealtimeServerEventResponseTextDelta"),
    ]
    | Annotated[
        RealtimeServerEventResponseTextDone,
        pydantic.Tag("RealtimeServerEventResponseTextDone"),
    ]
    | Annotated[
        RealtimeServerEventSessionCreated,
        pydantic.Tag("RealtimeServerEventSessionCreated"),
    ]
    | Annotated[
        RealtimeServerEventSessionUpdated,
        pydantic.Tag("RealtimeServerEventSessionUpdated"),
    ]
    | Annotated[
        RealtimeServerEventOutputAudioBufferStarted,
        pydantic.Tag("RealtimeServerEventOutputAudioBufferStarted"),
    ]
    | Annotated[
        RealtimeServerEventOutputAudioBufferStopped,
        pydantic.Tag("RealtimeServerEventOutputAudioBufferStopped"),
    ]
    | Annotated[
        RealtimeServerEventOutputAudioBufferCleared,
        pydantic.Tag("RealtimeServerEventOutputAudioBufferCleared"),
    ]
    | Annotated[
        RealtimeServerEventConversationItemAdded,
        pydantic.Tag("RealtimeServerEventConversationItemAdded"),
    ]
    | Annotated[
        RealtimeServerEventConversationItemDone,
        pydantic.Tag("RealtimeServerEventConversationItemDone"),
    ]
    | Annotated[
        RealtimeServerEventInputAudioBufferTimeoutTriggered,
        pydantic.Tag("RealtimeServerEventInputAudioBufferTimeoutTriggered"),
    ]
    | Annotated[
        RealtimeServerEventConversationItemInputAudioTranscriptionSegment,
        pydantic.Tag(
            "RealtimeServerEventConversationItemInputAudioTranscriptionSegment"
        ),
    ]
    | Annotated[
        RealtimeServerEventMCPListToolsInProgress,
        pydantic.Tag("RealtimeServerEventMCPListToolsInProgress"),
    ]
    | Annotated[
        RealtimeServerEventMCPListToolsCompleted,
        pydantic.Tag("RealtimeServerEventMCPListToolsCompleted"),
    ]
    | Annotated[
        RealtimeServerEventMCPListToolsFailed,
        pydantic.Tag("RealtimeServerEventMCPListToolsFailed"),
    ]
    | Annotated[
        RealtimeServerEventResponseMCPCallArgumentsDelta,
        pydantic.Tag("RealtimeServerEventResponseMCPCallArgumentsDelta"),
    ]
    | Annotated[
        RealtimeServerEventResponseMCPCallArgumentsDone,
        pydantic.Tag("RealtimeServerEventResponseMCPCallArgumentsDone"),
    ]
    | Annotated[
        RealtimeServerEventResponseMCPCallInProgress,
        pydantic.Tag("RealtimeServerEventResponseMCPCallInProgress"),
    ]
    | Annotated[
        RealtimeServerEventResponseMCPCallCompleted,
        pydantic.Tag("RealtimeServerEventResponseMCPCallCompleted"),
    ]
    | Annotated[
        RealtimeServerEventResponseMCPCallFailed,
        pydantic.Tag("RealtimeServerEventResponseMCPCallFailed"),
    ]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "conversation.created": "RealtimeServerEventConversationCreated",
            "conversation.item.created": "RealtimeServerEventConversationItemCreated",
            "conversation.item.deleted": "RealtimeServerEventConversationItemDeleted",
            "conversation.item.input_audio_transcription.completed": "RealtimeServerEventConversationItemInputAudioTranscriptionCompleted",
            "conversation.item.input_audio_transcription.delta": "RealtimeServerEventConversationItemInputAudioTranscriptionDelta",
            "conversation.item.input_audio_transcription.failed": "RealtimeServerEventConversationItemInputAudioTranscriptionFailed",
            "conversation.item.retrieved": "RealtimeServerEventConversationItemRetrieved",
            "conversation.item.truncated": "RealtimeServerEventConversationItemTruncated",
            "error": "RealtimeServerEventError",
            "input_audio_buffer.cleared": "RealtimeServerEventInputAudioBufferCleared",
            "input_audio_buffer.committed": "RealtimeServerEventInputAudioBufferCommitted",
            "input_audio_buffer.dtmf_event_received": "RealtimeServerEventInputAudioBufferDtmfEventReceived",
            "input_audio_buffer.speech_started": "RealtimeServerEventInputAudioBufferSpeechStarted",
            "input_audio_buffer.speech_stopped": "RealtimeServerEventInputAudioBufferSpeechStopped",
            "rate_limits.updated": "RealtimeServerEventRateLimitsUpdated",
            "response.output_audio.delta": "RealtimeServerEventResponseAudioDelta",
            "response.output_audio.done": "RealtimeServerEventResponseAudioDone",
            "response.output_audio_transcript.delta": "RealtimeServerEventResponseAudioTranscriptDelta",
            "response.output_audio_transcript.done": "RealtimeServerEventResponseAudioTranscriptDone",
            "response.content_part.added": "RealtimeServerEventResponseContentPartAdded",
            "response.content_part.done": "RealtimeServerEventResponseContentPartDone",
            "response.created": "RealtimeServerEventResponseCreated",
            "response.done": "RealtimeServerEventResponseDone",
            "response.function_call_arguments.delta": "RealtimeServerEventResponseFunctionCallArgumentsDelta",
            "response.function_call_arguments.done": "RealtimeServerEventResponseFunctionCallArgumentsDone",
            "response.output_item.added": "RealtimeServerEventResponseOutputItemAdded",
            "response.output_item.done": "RealtimeServerEventResponseOutputItemDone",
            "response.output_text.delta": "RealtimeServerEventResponseTextDelta",
            "response.output_text.done": "RealtimeServerEventResponseTextDone",
            "session.created": "RealtimeServerEventSessionCreated",
            "session.updated": "RealtimeServerEventSessionUpdated",
            "output_audio_buffer.started": "RealtimeServerEventOutputAudioBufferStarted",
            "output_audio_buffer.stopped": "RealtimeServerEventOutputAudioBufferStopped",
            "output_audio_buffer.cleared": "RealtimeServerEventOutputAudioBufferCleared",
            "conversation.item.added": "RealtimeServerEventConversationItemAdded",
            "conversation.item.done": "RealtimeServerEventConversationItemDone",
            "input_audio_buffer.timeout_triggered": "RealtimeServerEventInputAudioBufferTimeoutTriggered",
            "conversation.item.input_audio_transcription.segment": "RealtimeServerEventConversationItemInputAudioTranscriptionSegment",
            "mcp_list_tools.in_progress": "RealtimeServerEventMCPListToolsInProgress",
            "mcp_list_tools.completed": "RealtimeServerEventMCPListToolsCompleted",
            "mcp_list_tools.failed": "RealtimeServerEventMCPListToolsFailed",
            "response.mcp_call_arguments.delta": "RealtimeServerEventResponseMCPCallArgumentsDelta",
            "response.mcp_call_arguments.done": "RealtimeServerEventResponseMCPCallArgumentsDone",
            "response.mcp_call.in_progress": "RealtimeServerEventResponseMCPCallInProgress",
            "response.mcp_call.completed": "RealtimeServerEventResponseMCPCallCompleted",
            "response.mcp_call.failed": "RealtimeServerEventResponseMCPCallFailed",
        },
    ),
]
"""A realtime server event."""

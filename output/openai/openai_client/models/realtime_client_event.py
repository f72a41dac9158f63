"""RealtimeClientEvent: A realtime client event."""

from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .realtime_client_event_conversation_item_create import (
    RealtimeClientEventConversationItemCreate,
)
from .realtime_client_event_conversation_item_delete import (
    RealtimeClientEventConversationItemDelete,
)
from .realtime_client_event_conversation_item_retrieve import (
    RealtimeClientEventConversationItemRetrieve,
)
from .realtime_client_event_conversation_item_truncate import (
    RealtimeClientEventConversationItemTruncate,
)
from .realtime_client_event_input_audio_buffer_append import (
    RealtimeClientEventInputAudioBufferAppend,
)
from .realtime_client_event_input_audio_buffer_clear import (
    RealtimeClientEventInputAudioBufferClear,
)
from .realtime_client_event_input_audio_buffer_commit import (
    RealtimeClientEventInputAudioBufferCommit,
)
from .realtime_client_event_output_audio_buffer_clear import (
    RealtimeClientEventOutputAudioBufferClear,
)
from .realtime_client_event_response_cancel import RealtimeClientEventResponseCancel
from .realtime_client_event_response_create import RealtimeClientEventResponseCreate
from .realtime_client_event_session_update import RealtimeClientEventSessionUpdate

__all__ = ["RealtimeClientEvent"]

RealtimeClientEvent: TypeAlias = Annotated[
    Annotated[
        RealtimeClientEventConversationItemCreate,
        pydantic.Tag("RealtimeClientEventConversationItemCreate"),
    ]
    | Annotated[
        RealtimeClientEventConversationItemDelete,
        pydantic.Tag("RealtimeClientEventConversationItemDelete"),
    ]
    | Annotated[
        RealtimeClientEventConversationItemRetrieve,
        pydantic.Tag("RealtimeClientEventConversationItemRetrieve"),
    ]
    | Annotated[
        RealtimeClientEventConversationItemTruncate,
        pydantic.Tag("RealtimeClientEventConversationItemTruncate"),
    ]
    | Annotated[
        RealtimeClientEventInputAudioBufferAppend,
        pydantic.Tag("RealtimeClientEventInputAudioBufferAppend"),
    ]
    | Annotated[
        RealtimeClientEventInputAudioBufferClear,
        pydantic.Tag("RealtimeClientEventInputAudioBufferClear"),
    ]
    | Annotated[
        RealtimeClientEventOutputAudioBufferClear,
        pydantic.Tag("RealtimeClientEventOutputAudioBufferClear"),
    ]
    | Annotated[
        RealtimeClientEventInputAudioBufferCommit,
        pydantic.Tag("RealtimeClientEventInputAudioBufferCommit"),
    ]
    | Annotated[
        RealtimeClientEventResponseCancel,
        pydantic.Tag("RealtimeClientEventResponseCancel"),
    ]
    | Annotated[
        RealtimeClientEventResponseCreate,
        pydantic.Tag("RealtimeClientEventResponseCreate"),
    ]
    | Annotated[
        RealtimeClientEventSessionUpdate,
        pydantic.Tag("RealtimeClientEventSessionUpdate"),
    ]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "conversation.item.create": "RealtimeClientEventConversationItemCreate",
            "conversation.item.delete": "RealtimeClientEventConversationItemDelete",
            "conversation.item.retrieve": "RealtimeClientEventConversationItemRetrieve",
            "conversation.item.truncate": "RealtimeClientEventConversationItemTruncate",
            "input_audio_buffer.append": "RealtimeClientEventInputAudioBufferAppend",
            "input_audio_buffer.clear": "RealtimeClientEventInputAudioBufferClear",
            "output_audio_buffer.clear": "RealtimeClientEventOutputAudioBufferClear",
            "input_audio_buffer.commit": "RealtimeClientEventInputAudioBufferCommit",
            "response.cancel": "RealtimeClientEventResponseCancel",
            "response.create": "RealtimeClientEventResponseCreate",
            "session.update": "RealtimeClientEventSessionUpdate",
        },
    ),
]
"""A realtime client event."""

from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .message_stream_event_variant1 import MessageStreamEventVariant1
from .message_stream_event_variant2 import MessageStreamEventVariant2
from .message_stream_event_variant3 import MessageStreamEventVariant3
from .message_stream_event_variant4 import MessageStreamEventVariant4
from .message_stream_event_variant5 import MessageStreamEventVariant5

__all__ = ["MessageStreamEvent"]

MessageStreamEvent: TypeAlias = Annotated[
    Annotated[MessageStreamEventVariant1, pydantic.Tag("MessageStreamEventVariant1")]
    | Annotated[MessageStreamEventVariant2, pydantic.Tag("MessageStreamEventVariant2")]
    | Annotated[MessageStreamEventVariant3, pydantic.Tag("MessageStreamEventVariant3")]
    | Annotated[MessageStreamEventVariant4, pydantic.Tag("MessageStreamEventVariant4")]
    | Annotated[MessageStreamEventVariant5, pydantic.Tag("MessageStreamEventVariant5")]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "event",
        "event",
        {
            "thread.message.created": "MessageStreamEventVariant1",
            "thread.message.in_progress": "MessageStreamEventVariant2",
            "thread.message.delta": "MessageStreamEventVariant3",
            "thread.message.completed": "MessageStreamEventVariant4",
            "thread.message.incomplete": "MessageStreamEventVariant5",
        },
    ),
]

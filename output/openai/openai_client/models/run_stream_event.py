from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .run_stream_event_variant1 import RunStreamEventVariant1
from .run_stream_event_variant2 import RunStreamEventVariant2
from .run_stream_event_variant3 import RunStreamEventVariant3
from .run_stream_event_variant4 import RunStreamEventVariant4
from .run_stream_event_variant5 import RunStreamEventVariant5
from .run_stream_event_variant6 import RunStreamEventVariant6
from .run_stream_event_variant7 import RunStreamEventVariant7
from .run_stream_event_variant8 import RunStreamEventVariant8
from .run_stream_event_variant9 import RunStreamEventVariant9
from .run_stream_event_variant10 import RunStreamEventVariant10

__all__ = ["RunStreamEvent"]

RunStreamEvent: TypeAlias = Annotated[
    Annotated[RunStreamEventVariant1, pydantic.Tag("RunStreamEventVariant1")]
    | Annotated[RunStreamEventVariant2, pydantic.Tag("RunStreamEventVariant2")]
    | Annotated[RunStreamEventVariant3, pydantic.Tag("RunStreamEventVariant3")]
    | Annotated[RunStreamEventVariant4, pydantic.Tag("RunStreamEventVariant4")]
    | Annotated[RunStreamEventVariant5, pydantic.Tag("RunStreamEventVariant5")]
    | Annotated[RunStreamEventVariant6, pydantic.Tag("RunStreamEventVariant6")]
    | Annotated[RunStreamEventVariant7, pydantic.Tag("RunStreamEventVariant7")]
    | Annotated[RunStreamEventVariant8, pydantic.Tag("RunStreamEventVariant8")]
    | Annotated[RunStreamEventVariant9, pydantic.Tag("RunStreamEventVariant9")]
    | Annotated[RunStreamEventVariant10, pydantic.Tag("RunStreamEventVariant10")]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "event",
        "event",
        {
            "thread.run.created": "RunStreamEventVariant1",
            "thread.run.queued": "RunStreamEventVariant2",
            "thread.run.in_progress": "RunStreamEventVariant3",
            "thread.run.requires_action": "RunStreamEventVariant4",
            "thread.run.completed": "RunStreamEventVariant5",
            "thread.run.incomplete": "RunStreamEventVariant6",
            "thread.run.failed": "RunStreamEventVariant7",
            "thread.run.cancelling": "RunStreamEventVariant8",
            "thread.run.cancelled": "RunStreamEventVariant9",
            "thread.run.expired": "RunStreamEventVariant10",
        },
    ),
]

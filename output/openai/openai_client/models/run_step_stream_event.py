from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .run_step_stream_event_variant1 import RunStepStreamEventVariant1
from .run_step_stream_event_variant2 import RunStepStreamEventVariant2
from .run_step_stream_event_variant3 import RunStepStreamEventVariant3
from .run_step_stream_event_variant4 import RunStepStreamEventVariant4
from .run_step_stream_event_variant5 import RunStepStreamEventVariant5
from .run_step_stream_event_variant6 import RunStepStreamEventVariant6
from .run_step_stream_event_variant7 import RunStepStreamEventVariant7

__all__ = ["RunStepStreamEvent"]

RunStepStreamEvent: TypeAlias = Annotated[
    Annotated[RunStepStreamEventVariant1, pydantic.Tag("RunStepStreamEventVariant1")]
    | Annotated[RunStepStreamEventVariant2, pydantic.Tag("RunStepStreamEventVariant2")]
    | Annotated[RunStepStreamEventVariant3, pydantic.Tag("RunStepStreamEventVariant3")]
    | Annotated[RunStepStreamEventVariant4, pydantic.Tag("RunStepStreamEventVariant4")]
    | Annotated[RunStepStreamEventVariant5, pydantic.Tag("RunStepStreamEventVariant5")]
    | Annotated[RunStepStreamEventVariant6, pydantic.Tag("RunStepStreamEventVariant6")]
    | Annotated[RunStepStreamEventVariant7, pydantic.Tag("RunStepStreamEventVariant7")]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "event",
        "event",
        {
            "thread.run.step.created": "RunStepStreamEventVariant1",
            "thread.run.step.in_progress": "RunStepStreamEventVariant2",
            "thread.run.step.delta": "RunStepStreamEventVariant3",
            "thread.run.step.completed": "RunStepStreamEventVariant4",
            "thread.run.step.failed": "RunStepStreamEventVariant5",
            "thread.run.step.cancelled": "RunStepStreamEventVariant6",
            "thread.run.step.expired": "RunStepStreamEventVariant7",
        },
    ),
]

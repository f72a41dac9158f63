"""AssistantStreamEvent: Represents an event emitted when streaming a Run.

Each event in a server-sent events stream has an `event` and `data` property:

```
event: thread.created
data: {"id": "thread_123", "object": "thread", ...}
```

We emit events whenever a new object is created, transitions to a new state, or is
being
streamed in parts (deltas). For example, we emit `thread.run.created` when a new run
is created, `thread.run.completed` when a run completes, and so on. When an Assistant
chooses
to create a message during a run, we emit a `thread.message.created event`, a
`thread.message.in_progress` event, many `thread.message.delta` events, and finally a
`thread.message.completed` event.

We may add additional events over time, so we recommend handling unknown events
gracefully
in your code. See the [Assistants API
quickstart](https://api.openai.com/docs/assistants/overview) to learn how to
integrate the Assistants API with streaming.
"""

from typing import TypeAlias

from .done_event import DoneEvent
from .error_event import ErrorEvent
from .message_stream_event import MessageStreamEvent
from .run_step_stream_event import RunStepStreamEvent
from .run_stream_event import RunStreamEvent
from .thread_stream_event_variant1 import ThreadStreamEventVariant1

__all__ = ["AssistantStreamEvent"]

AssistantStreamEvent: TypeAlias = (
    ThreadStreamEventVariant1
    | RunStreamEvent
    | RunStepStreamEvent
    | MessageStreamEvent
    | ErrorEvent
    | DoneEvent
)
"""Represents an event emitted when streaming a Run.

Each event in a server-sent events stream has an `event` and `data` property:

```
event: thread.created
data: {"id": "thread_123", "object": "thread", ...}
```

We emit events whenever a new object is created, transitions to a new state, or is
being
streamed in parts (deltas). For example, we emit `thread.run.created` when a new run
is created, `thread.run.completed` when a run completes, and so on. When an Assistant
chooses
to create a message during a run, we emit a `thread.message.created event`, a
`thread.message.in_progress` event, many `thread.message.delta` events, and finally a
`thread.message.completed` event.

We may add additional events over time, so we recommend handling unknown events
gracefully
in your code. See the [Assistants API
quickstart](https://api.openai.com/docs/assistants/overview) to learn how to
integrate the Assistants API with streaming.
"""

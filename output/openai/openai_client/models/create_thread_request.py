"""CreateThreadRequest: Options to create a new thread. If no thread is provided when
running a
request, an empty thread will be created.
"""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["CreateThreadRequest"]


class CreateThreadRequest(BaseModel):
    """Options to create a new thread. If no thread is provided when running a
    request, an empty thread will be created.
    """

    messages: list[CreateMessageRequest] | None = None
    """A list of [messages](https://api.openai.com/docs/api-reference/messages) to start
    the thread with.
    """

    tool_resources: CreateThreadRequestToolResourcesVariant1 | None = None

    metadata: Metadata | None = None


# Imported last so that models referring to each other can load in any order.
from .create_message_request import CreateMessageRequest  # noqa: E402
from .create_thread_request_tool_resources_variant1 import (  # noqa: E402
    CreateThreadRequestToolResourcesVariant1,
)
from .metadata import Metadata  # noqa: E402

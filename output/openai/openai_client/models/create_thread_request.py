"""CreateThreadRequest: Options to create a new thread. If no thread is provided when
running a
request, an empty thread will be created.
"""

from .._base_model import BaseModel
from .create_message_request import CreateMessageRequest
from .create_thread_request_tool_resources_variant1 import (
    CreateThreadRequestToolResourcesVariant1,
)
from .metadata import Metadata

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

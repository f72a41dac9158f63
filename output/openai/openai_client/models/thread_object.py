"""ThreadObject: Represents a thread that contains
[messages](https://api.openai.com/docs/api-reference/messages).
"""

from typing import Literal

from .._base_model import BaseModel
from .metadata import Metadata
from .thread_object_tool_resources_variant1 import ThreadObjectToolResourcesVariant1

__all__ = ["ThreadObject"]


class ThreadObject(BaseModel):
    """Represents a thread that contains
    [messages](https://api.openai.com/docs/api-reference/messages).
    """

    id: str
    """The identifier, which can be referenced in API endpoints."""

    object: Literal["thread"]
    """The object type, which is always `thread`."""

    created_at: int
    """The Unix timestamp (in seconds) for when the thread was created."""

    tool_resources: ThreadObjectToolResourcesVariant1 | None

    metadata: Metadata

"""ThreadStreamEventVariant1: Occurs when a new
[thread](https://api.openai.com/docs/api-reference/threads/object) is created.
"""

from typing import Literal

from .._base_model import BaseModel
from .thread_object import ThreadObject

__all__ = ["ThreadStreamEventVariant1"]


class ThreadStreamEventVariant1(BaseModel):
    """Occurs when a new
    [thread](https://api.openai.com/docs/api-reference/threads/object) is created.
    """

    enabled: bool | None = None
    """Whether to enable input audio transcription."""

    event: Literal["thread.created"]

    data: ThreadObject
    """Represents a thread that contains
    [messages](https://api.openai.com/docs/api-reference/messages).
    """

"""ReasoningItem: A description of the chain of thought used by a reasoning model while
generating
a response. Be sure to include these items in your `input` to the Responses API
for subsequent turns of a conversation if you are manually
[managing context](https://api.openai.com/docs/guides/conversation-state).
"""

from typing import Literal

from .._base_model import BaseModel
from .reasoning_text_content import ReasoningTextContent
from .summary_text_content import SummaryTextContent

__all__ = ["ReasoningItem"]


class ReasoningItem(BaseModel):
    """A description of the chain of thought used by a reasoning model while generating
    a response. Be sure to include these items in your `input` to the Responses API
    for subsequent turns of a conversation if you are manually
    [managing context](https://api.openai.com/docs/guides/conversation-state).
    """

    type: Literal["reasoning"]
    """The type of the object. Always `reasoning`."""

    id: str
    """The unique identifier of the reasoning content."""

    encrypted_content: str | None = None

    summary: list[SummaryTextContent]
    """Reasoning summary content."""

    content: list[ReasoningTextContent] | None = None
    """Reasoning text content."""

    status: Literal["in_progress", "completed", "incomplete"] | str | None = None
    """The status of the item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API.
    """

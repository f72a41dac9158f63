"""CreateChatCompletionResponse: Represents a chat completion response returned by
model, based on the provided input.
"""

from typing import Literal

from .._base_model import BaseModel
from .chat_completion_moderation import ChatCompletionModeration
from .completion_usage import CompletionUsage
from .create_chat_completion_response_choices_item import (
    CreateChatCompletionResponseChoicesItem,
)
from .metadata import Metadata
from .service_tier import ServiceTier

__all__ = ["CreateChatCompletionResponse"]


class CreateChatCompletionResponse(BaseModel):
    """Represents a chat completion response returned by model, based on the provided
    input.
    """

    id: str
    """A unique identifier for the chat completion."""

    choices: list[CreateChatCompletionResponseChoicesItem]
    """A list of chat completion choices. Can be more than one if `n` is greater than 1."""

    created: int
    """The Unix timestamp (in seconds) of when the chat completion was created."""

    model: str
    """The model used for the chat completion."""

    metadata: Metadata | None = None

    service_tier: ServiceTier | None = None

    system_fingerprint: str | None = None
    """This fingerprint represents the backend configuration that the model runs with.

    Can be used in conjunction with the `seed` request parameter to understand when
    backend changes have been made that might impact determinism.


    .. deprecated:: deprecated by the API.
    """

    object: Literal["chat.completion"]
    """The object type, which is always `chat.completion`."""

    usage: CompletionUsage | None = None
    """Usage statistics for the completion request."""

    moderation: ChatCompletionModeration | None = None

"""CreateCompletionResponse: Represents a completion response from the API. Note: both
the streamed and non-streamed response objects share the same shape (unlike the chat
endpoint).
"""

from typing import Literal

from .._base_model import BaseModel
from .completion_usage import CompletionUsage
from .create_completion_response_choices_item import CreateCompletionResponseChoicesItem

__all__ = ["CreateCompletionResponse"]


class CreateCompletionResponse(BaseModel):
    """Represents a completion response from the API. Note: both the streamed and
    non-streamed response objects share the same shape (unlike the chat endpoint).
    """

    id: str
    """A unique identifier for the completion."""

    choices: list[CreateCompletionResponseChoicesItem]
    """The list of completion choices the model generated for the input prompt."""

    created: int
    """The Unix timestamp (in seconds) of when the completion was created."""

    model: str
    """The model used for completion."""

    system_fingerprint: str | None = None
    """This fingerprint represents the backend configuration that the model runs with.

    Can be used in conjunction with the `seed` request parameter to understand when
    backend changes have been made that might impact determinism.
    """

    object: Literal["text_completion"]
    """The object type, which is always "text_completion\""""

    usage: CompletionUsage | None = None
    """Usage statistics for the completion request."""

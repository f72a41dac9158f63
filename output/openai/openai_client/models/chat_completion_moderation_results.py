"""ChatCompletionModerationResults: Successful moderation results for the request input
or generated output.
"""

from typing import Literal

from .._base_model import BaseModel
from .moderation_result_body import ModerationResultBody

__all__ = ["ChatCompletionModerationResults"]


class ChatCompletionModerationResults(BaseModel):
    """Successful moderation results for the request input or generated output."""

    type: Literal["moderation_results"]
    """The object type, which is always `moderation_results`."""

    model: str
    """The moderation model used to generate the results."""

    results: list[ModerationResultBody]
    """A list of moderation results."""

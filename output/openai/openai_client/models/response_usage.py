"""ResponseUsage: Represents token usage details including input tokens, output tokens,
a breakdown of output tokens, and the total tokens used.
"""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["ResponseUsage"]


class ResponseUsage(BaseModel):
    """Represents token usage details including input tokens, output tokens,
    a breakdown of output tokens, and the total tokens used.
    """

    input_tokens: int
    """The number of input tokens."""

    input_tokens_details: ResponseUsageInputTokensDetails
    """A detailed breakdown of the input tokens."""

    output_tokens: int
    """The number of output tokens."""

    output_tokens_details: ResponseUsageOutputTokensDetails
    """A detailed breakdown of the output tokens."""

    total_tokens: int
    """The total number of tokens used."""


# Imported last so that models referring to each other can load in any order.
from .response_usage_input_tokens_details import (  # noqa: E402
    ResponseUsageInputTokensDetails,
)
from .response_usage_output_tokens_details import (  # noqa: E402
    ResponseUsageOutputTokensDetails,
)

"""BetaResponseUsage: Represents token usage details including input tokens, output
tokens,
a breakdown of output tokens, and the total tokens used.
"""

from .._base_model import BaseModel
from .beta_response_usage_input_tokens_details import (
    BetaResponseUsageInputTokensDetails,
)
from .beta_response_usage_output_tokens_details import (
    BetaResponseUsageOutputTokensDetails,
)

__all__ = ["BetaResponseUsage"]


class BetaResponseUsage(BaseModel):
    """Represents token usage details including input tokens, output tokens,
    a breakdown of output tokens, and the total tokens used.
    """

    input_tokens: int
    """The number of input tokens."""

    input_tokens_details: BetaResponseUsageInputTokensDetails
    """A detailed breakdown of the input tokens."""

    output_tokens: int
    """The number of output tokens."""

    output_tokens_details: BetaResponseUsageOutputTokensDetails
    """A detailed breakdown of the output tokens."""

    total_tokens: int
    """The total number of tokens used."""

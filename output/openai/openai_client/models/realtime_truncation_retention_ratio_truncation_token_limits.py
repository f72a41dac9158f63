"""RealtimeTruncationRetentionRatioTruncationTokenLimits: Optional custom token limits
for this truncation strategy. If not provided, the model's default token limits will
be used.
"""

from .._base_model import BaseModel

__all__ = ["RealtimeTruncationRetentionRatioTruncationTokenLimits"]


class RealtimeTruncationRetentionRatioTruncationTokenLimits(BaseModel):
    """Optional custom token limits for this truncation strategy. If not provided, the
    model's default token limits will be used.
    """

    post_instructions: int | None = None
    """Maximum tokens allowed in the conversation after instructions (which including
    tool definitions). For example, setting this to 5,000 would mean that truncation
    would occur when the conversation exceeds 5,000 tokens after instructions. This
    cannot be higher than the model's context window size minus the maximum output
    tokens.
    """

"""RealtimeTruncationRetentionRatioTruncation: Retain a fraction of the conversation
tokens when the conversation exceeds the input token limit. This allows you to
amortize truncations across multiple turns, which can help improve cached token
usage.
"""

from typing import Literal

from .._base_model import BaseModel
from .realtime_truncation_retention_ratio_truncation_token_limits import (
    RealtimeTruncationRetentionRatioTruncationTokenLimits,
)

__all__ = ["RealtimeTruncationRetentionRatioTruncation"]


class RealtimeTruncationRetentionRatioTruncation(BaseModel):
    """Retain a fraction of the conversation tokens when the conversation exceeds the
    input token limit. This allows you to amortize truncations across multiple turns,
    which can help improve cached token usage.
    """

    type: Literal["retention_ratio"]
    """Use retention ratio truncation."""

    retention_ratio: float
    """Fraction of post-instruction conversation tokens to retain (`0.0` - `1.0`) when
    the conversation exceeds the input token limit. Setting this to `0.8` means that
    messages will be dropped until 80% of the maximum allowed tokens are used. This
    helps reduce the frequency of truncations and improve cache rates.
    """

    token_limits: RealtimeTruncationRetentionRatioTruncationTokenLimits | None = None
    """Optional custom token limits for this truncation strategy. If not provided, the
    model's default token limits will be used.
    """

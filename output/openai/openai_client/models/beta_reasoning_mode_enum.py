from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["BetaReasoningModeEnum"]

BetaReasoningModeEnum: TypeAlias = str | Literal["standard", "pro"]

from typing import Literal, TypeAlias

__all__ = ["BetaApplyPatchCallStatus"]

BetaApplyPatchCallStatus: TypeAlias = Literal["in_progress", "completed"] | str

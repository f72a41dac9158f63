from typing import Literal, TypeAlias

__all__ = ["BetaApplyPatchCallOutputStatus"]

BetaApplyPatchCallOutputStatus: TypeAlias = Literal["completed", "failed"] | str

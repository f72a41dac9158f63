from typing import Literal, TypeAlias

__all__ = ["BetaMessagePhase2"]

BetaMessagePhase2: TypeAlias = Literal["commentary", "final_answer"] | str

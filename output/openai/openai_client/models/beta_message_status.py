from typing import Literal, TypeAlias

__all__ = ["BetaMessageStatus"]

BetaMessageStatus: TypeAlias = Literal["in_progress", "completed", "incomplete"] | str

from typing import Literal, TypeAlias

__all__ = ["BetaPersonalityEnum"]

BetaPersonalityEnum: TypeAlias = str | Literal["friendly", "pragmatic"]

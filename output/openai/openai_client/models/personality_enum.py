from typing import Literal, TypeAlias

__all__ = ["PersonalityEnum"]

PersonalityEnum: TypeAlias = str | Literal["friendly", "pragmatic"]

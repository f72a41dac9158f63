from typing import Literal, TypeAlias

__all__ = ["MessageStatus"]

MessageStatus: TypeAlias = Literal["in_progress", "completed", "incomplete"] | str

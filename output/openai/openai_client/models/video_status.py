from typing import Literal, TypeAlias

__all__ = ["VideoStatus"]

VideoStatus: TypeAlias = Literal["queued", "in_progress", "completed", "failed"] | str

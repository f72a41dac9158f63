from typing import TypeAlias

__all__ = ["PartialImages"]

PartialImages: TypeAlias = int | None

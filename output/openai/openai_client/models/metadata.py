from typing import TypeAlias

__all__ = ["Metadata"]

Metadata: TypeAlias = dict[str, str] | None

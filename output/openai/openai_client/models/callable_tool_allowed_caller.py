from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["CallableToolAllowedCaller"]

CallableToolAllowedCaller: TypeAlias = Literal["direct", "programmatic"] | str

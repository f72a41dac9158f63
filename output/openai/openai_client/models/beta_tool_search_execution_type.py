from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["BetaToolSearchExecutionType"]

BetaToolSearchExecutionType: TypeAlias = Literal["server", "client"] | str

from typing import Any, TypeAlias

__all__ = ["BetaEmptyModelParam"]

BetaEmptyModelParam: TypeAlias = dict[str, Any]

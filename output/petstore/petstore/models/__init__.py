"""Every model of Swagger Petstore - OpenAPI 3.0. Each is imported on first use, so
importing this package is cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_response2 import ApiResponse2 as ApiResponse2
    from .category import Category as Category
    from .order import Order as Order
    from .pet import Pet as Pet
    from .tag import Tag as Tag
    from .user import User as User

_MODULES: dict[str, str] = {
    "ApiResponse2": "api_response2",
    "Category": "category",
    "Order": "order",
    "Pet": "pet",
    "Tag": "tag",
    "User": "user",
}

__all__ = [
    "ApiResponse2",
    "Category",
    "Order",
    "Pet",
    "Tag",
    "User",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)

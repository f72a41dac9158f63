from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ListModelsResponse"]


class ListModelsResponse(BaseModel):
    object: Literal["list"]

    data: list[Model]


# Imported last so that models referring to each other can load in any order.
from .model import Model  # noqa: E402

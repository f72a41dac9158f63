from typing import Literal

from .._base_model import BaseModel
from .model import Model

__all__ = ["ListModelsResponse"]


class ListModelsResponse(BaseModel):
    object: Literal["list"]

    data: list[Model]

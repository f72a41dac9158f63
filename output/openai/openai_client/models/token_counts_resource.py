from typing import Literal

from .._base_model import BaseModel

__all__ = ["TokenCountsResource"]


class TokenCountsResource(BaseModel):
    object: Literal["response.input_tokens"]

    input_tokens: int

from typing import Literal

from .._base_model import BaseModel
from .metadata import Metadata

__all__ = ["ModelResponseProperties"]


class ModelResponseProperties(BaseModel):
    metadata: Metadata | None = None

    top_logprobs: int | None = None

    temperature: float | None = None

    top_p: float | None = None

    user: str | None = None
    """This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use
    `prompt_cache_key` instead to maintain caching optimizations.
    A stable identifier for your end-users.
    Used to boost cache hit rates by better bucketing similar requests and  to help
    OpenAI detect and prevent abuse. [Learn
    more](https://api.openai.com/docs/guides/safety-best-practices#safety-identifiers).


    .. deprecated:: deprecated by the API.
    """

    safety_identifier: str | None = None

    prompt_cache_key: str | None = None

    prompt_cache_retention: Literal["in_memory", "24h"] | str | None = None
    """.. deprecated:: deprecated by the API."""

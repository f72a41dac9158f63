"""UsageWebSearchCallsResult: The aggregated web search calls usage details of the
specific time bucket.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["UsageWebSearchCallsResult"]


class UsageWebSearchCallsResult(BaseModel):
    """The aggregated web search calls usage details of the specific time bucket."""

    object: Literal["organization.usage.web_searches.result"]

    num_model_requests: int
    """The count of model requests."""

    num_requests: int
    """The count of web search calls."""

    project_id: str | None = None

    user_id: str | None = None

    api_key_id: str | None = None

    model: str | None = None

    context_level: str | None = None

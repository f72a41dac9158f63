"""UsageFileSearchCallsResult: The aggregated file search calls usage details of the
specific time bucket.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["UsageFileSearchCallsResult"]


class UsageFileSearchCallsResult(BaseModel):
    """The aggregated file search calls usage details of the specific time bucket."""

    object: Literal["organization.usage.file_searches.result"]

    num_requests: int
    """The count of file search calls."""

    project_id: str | None = None

    user_id: str | None = None

    api_key_id: str | None = None

    vector_store_id: str | None = None

"""UsageVectorStoresResult: The aggregated vector stores usage details of the specific
time bucket.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["UsageVectorStoresResult"]


class UsageVectorStoresResult(BaseModel):
    """The aggregated vector stores usage details of the specific time bucket."""

    object: Literal["organization.usage.vector_stores.result"]

    usage_bytes: int
    """The vector stores usage in bytes."""

    project_id: str | None = None

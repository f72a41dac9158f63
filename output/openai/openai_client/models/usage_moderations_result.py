"""UsageModerationsResult: The aggregated moderations usage details of the specific time
bucket.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["UsageModerationsResult"]


class UsageModerationsResult(BaseModel):
    """The aggregated moderations usage details of the specific time bucket."""

    object: Literal["organization.usage.moderations.result"]

    input_tokens: int
    """The aggregated number of input tokens used."""

    num_model_requests: int
    """The count of requests made to the model."""

    project_id: str | None = None

    user_id: str | None = None

    api_key_id: str | None = None

    model: str | None = None

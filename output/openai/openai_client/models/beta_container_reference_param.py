from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaContainerReferenceParam"]


class BetaContainerReferenceParam(BaseModel):
    type: Literal["container_reference"]
    """References a container created with the /v1/containers endpoint"""

    container_id: str
    """The ID of the referenced container."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ContainerReferenceParam"]


class ContainerReferenceParam(BaseModel):
    type: Literal["container_reference"]
    """References a container created with the /v1/containers endpoint"""

    container_id: str
    """The ID of the referenced container."""

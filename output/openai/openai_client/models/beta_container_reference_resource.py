"""BetaContainerReferenceResource: Represents a container created with /v1/containers."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaContainerReferenceResource"]


class BetaContainerReferenceResource(BaseModel):
    """Represents a container created with /v1/containers."""

    type: Literal["container_reference"]
    """The environment type. Always `container_reference`."""

    container_id: str

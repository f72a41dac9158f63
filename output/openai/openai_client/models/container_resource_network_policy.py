"""ContainerResourceNetworkPolicy: Network access policy for the container."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ContainerResourceNetworkPolicy"]


class ContainerResourceNetworkPolicy(BaseModel):
    """Network access policy for the container."""

    type: Literal["allowlist", "disabled"] | str
    """The network policy mode."""

    allowed_domains: list[str] | None = None
    """Allowed outbound domains when `type` is `allowlist`."""

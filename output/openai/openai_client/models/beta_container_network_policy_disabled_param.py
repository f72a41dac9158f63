from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaContainerNetworkPolicyDisabledParam"]


class BetaContainerNetworkPolicyDisabledParam(BaseModel):
    type: Literal["disabled"]
    """Disable outbound network access. Always `disabled`."""

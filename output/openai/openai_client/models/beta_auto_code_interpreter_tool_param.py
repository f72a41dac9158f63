"""BetaAutoCodeInterpreterToolParam: Configuration for a code interpreter container.
Optionally specify the IDs of the files to run the code on.
"""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .beta_container_memory_limit import BetaContainerMemoryLimit
from .beta_container_network_policy_allowlist_param import (
    BetaContainerNetworkPolicyAllowlistParam,
)
from .beta_container_network_policy_disabled_param import (
    BetaContainerNetworkPolicyDisabledParam,
)

__all__ = ["BetaAutoCodeInterpreterToolParam"]


class BetaAutoCodeInterpreterToolParam(BaseModel):
    """Configuration for a code interpreter container. Optionally specify the IDs of the
    files to run the code on.
    """

    type: Literal["auto"]
    """Always `auto`."""

    file_ids: list[str] | None = None
    """An optional list of uploaded files to make available to your code."""

    memory_limit: BetaContainerMemoryLimit | None = None

    network_policy: (
        Annotated[
            Annotated[
                BetaContainerNetworkPolicyDisabledParam,
                pydantic.Tag("BetaContainerNetworkPolicyDisabledParam"),
            ]
            | Annotated[
                BetaContainerNetworkPolicyAllowlistParam,
                pydantic.Tag("BetaContainerNetworkPolicyAllowlistParam"),
            ]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "disabled": "BetaContainerNetworkPolicyDisabledParam",
                    "allowlist": "BetaContainerNetworkPolicyAllowlistParam",
                },
            ),
        ]
        | None
    ) = None
    """Network access policy for the container."""

"""AutoCodeInterpreterToolParam: Configuration for a code interpreter container.
Optionally specify the IDs of the files to run the code on.
"""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .container_memory_limit import ContainerMemoryLimit
from .container_network_policy_allowlist_param import (
    ContainerNetworkPolicyAllowlistParam,
)
from .container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParam

__all__ = ["AutoCodeInterpreterToolParam"]


class AutoCodeInterpreterToolParam(BaseModel):
    """Configuration for a code interpreter container. Optionally specify the IDs of the
    files to run the code on.
    """

    type: Literal["auto"]
    """Always `auto`."""

    file_ids: list[str] | None = None
    """An optional list of uploaded files to make available to your code."""

    memory_limit: ContainerMemoryLimit | None = None

    network_policy: (
        Annotated[
            Annotated[
                ContainerNetworkPolicyDisabledParam,
                pydantic.Tag("ContainerNetworkPolicyDisabledParam"),
            ]
            | Annotated[
                ContainerNetworkPolicyAllowlistParam,
                pydantic.Tag("ContainerNetworkPolicyAllowlistParam"),
            ]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "disabled": "ContainerNetworkPolicyDisabledParam",
                    "allowlist": "ContainerNetworkPolicyAllowlistParam",
                },
            ),
        ]
        | None
    ) = None
    """Network access policy for the container."""

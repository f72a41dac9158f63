from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .container_memory_limit import ContainerMemoryLimit
from .container_network_policy_allowlist_param import (
    ContainerNetworkPolicyAllowlistParam,
)
from .container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParam
from .inline_skill_param import InlineSkillParam
from .skill_reference_param import SkillReferenceParam

__all__ = ["ContainerAutoParam"]


class ContainerAutoParam(BaseModel):
    type: Literal["container_auto"]
    """Automatically creates a container for this request"""

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

    skills: (
        list[
            Annotated[
                Annotated[SkillReferenceParam, pydantic.Tag("SkillReferenceParam")]
                | Annotated[InlineSkillParam, pydantic.Tag("InlineSkillParam")]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "skill_reference": "SkillReferenceParam",
                        "inline": "InlineSkillParam",
                    },
                ),
            ]
        ]
        | None
    ) = None
    """An optional list of skills referenced by id or inline data."""

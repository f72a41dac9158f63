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
from .beta_inline_skill_param import BetaInlineSkillParam
from .beta_skill_reference_param import BetaSkillReferenceParam

__all__ = ["BetaContainerAutoParam"]


class BetaContainerAutoParam(BaseModel):
    type: Literal["container_auto"]
    """Automatically creates a container for this request"""

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

    skills: (
        list[
            Annotated[
                Annotated[
                    BetaSkillReferenceParam, pydantic.Tag("BetaSkillReferenceParam")
                ]
                | Annotated[BetaInlineSkillParam, pydantic.Tag("BetaInlineSkillParam")]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "skill_reference": "BetaSkillReferenceParam",
                        "inline": "BetaInlineSkillParam",
                    },
                ),
            ]
        ]
        | None
    ) = None
    """An optional list of skills referenced by id or inline data."""

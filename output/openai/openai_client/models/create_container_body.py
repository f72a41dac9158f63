from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .container_network_policy_allowlist_param import (
    ContainerNetworkPolicyAllowlistParam,
)
from .container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParam
from .create_container_body_expires_after import CreateContainerBodyExpiresAfter
from .inline_skill_param import InlineSkillParam
from .skill_reference_param import SkillReferenceParam

__all__ = ["CreateContainerBody"]


class CreateContainerBody(BaseModel):
    name: str
    """Name of the container to create."""

    file_ids: list[str] | None = None
    """IDs of files to copy to the container."""

    expires_after: CreateContainerBodyExpiresAfter | None = None
    """Container expiration time in seconds relative to the 'anchor' time."""

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

    memory_limit: Literal["1g", "4g", "16g", "64g"] | str | None = None
    """Optional memory limit for the container. Defaults to "1g"."""

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

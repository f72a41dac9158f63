from typing import Literal

from .._base_model import BaseModel
from .container_network_policy_domain_secret_param import (
    ContainerNetworkPolicyDomainSecretParam,
)

__all__ = ["ContainerNetworkPolicyAllowlistParam"]


class ContainerNetworkPolicyAllowlistParam(BaseModel):
    type: Literal["allowlist"]
    """Allow outbound network access only to specified domains. Always `allowlist`."""

    allowed_domains: list[str]
    """A list of allowed domains when type is `allowlist`."""

    domain_secrets: list[ContainerNetworkPolicyDomainSecretParam] | None = None
    """Optional domain-scoped secrets for allowlisted domains."""

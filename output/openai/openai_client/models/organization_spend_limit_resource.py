"""OrganizationSpendLimitResource: Represents a hard spend limit configured at the
organization level.
"""

from typing import Literal

from .._base_model import BaseModel
from .spend_limit_currency import SpendLimitCurrency
from .spend_limit_enforcement import SpendLimitEnforcement
from .spend_limit_interval import SpendLimitInterval

__all__ = ["OrganizationSpendLimitResource"]


class OrganizationSpendLimitResource(BaseModel):
    """Represents a hard spend limit configured at the organization level."""

    object: Literal["organization.spend_limit"]
    """The object type, which is always `organization.spend_limit`."""

    threshold_amount: int
    """The hard spend limit amount, in cents."""

    currency: SpendLimitCurrency
    """The currency for the threshold amount. Currently, only `USD` is supported."""

    interval: SpendLimitInterval
    """The time interval for evaluating spend against the threshold. Currently, only
    `month` is supported.
    """

    enforcement: SpendLimitEnforcement
    """The current enforcement state of the hard spend limit."""

"""ProjectSpendLimitResource: Represents a hard spend limit configured at the project
level.
"""

from typing import Literal

from .._base_model import BaseModel
from .spend_limit_currency import SpendLimitCurrency
from .spend_limit_enforcement import SpendLimitEnforcement
from .spend_limit_interval import SpendLimitInterval

__all__ = ["ProjectSpendLimitResource"]


class ProjectSpendLimitResource(BaseModel):
    """Represents a hard spend limit configured at the project level."""

    object: Literal["project.spend_limit"]
    """The object type, which is always `project.spend_limit`."""

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

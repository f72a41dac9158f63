"""SpendLimitEnforcement: The current enforcement state of a hard spend limit."""

from .._base_model import BaseModel
from .spend_limit_enforcement_status import SpendLimitEnforcementStatus

__all__ = ["SpendLimitEnforcement"]


class SpendLimitEnforcement(BaseModel):
    """The current enforcement state of a hard spend limit."""

    status: SpendLimitEnforcementStatus
    """Whether the hard spend limit is currently enforcing."""

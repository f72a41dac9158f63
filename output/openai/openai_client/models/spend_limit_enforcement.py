"""SpendLimitEnforcement: The current enforcement state of a hard spend limit."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["SpendLimitEnforcement"]


class SpendLimitEnforcement(BaseModel):
    """The current enforcement state of a hard spend limit."""

    status: SpendLimitEnforcementStatus
    """Whether the hard spend limit is currently enforcing."""


# Imported last so that models referring to each other can load in any order.
from .spend_limit_enforcement_status import SpendLimitEnforcementStatus  # noqa: E402

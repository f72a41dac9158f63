"""UpdateOrganizationSpendLimitBody: Parameters for the hard spend limit you want to
create or replace.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["UpdateOrganizationSpendLimitBody"]


class UpdateOrganizationSpendLimitBody(BaseModel):
    """Parameters for the hard spend limit you want to create or replace."""

    threshold_amount: int
    """The hard spend limit amount, in cents."""

    currency: Literal["USD"]
    """The currency for the threshold amount. Currently, only `USD` is supported."""

    interval: Literal["month"]
    """The time interval for evaluating spend against the threshold. Currently, only
    `month` is supported.
    """

"""OrganizationSpendLimitDeletedResource: Confirmation payload returned after deleting
an organization hard spend limit.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["OrganizationSpendLimitDeletedResource"]


class OrganizationSpendLimitDeletedResource(BaseModel):
    """Confirmation payload returned after deleting an organization hard spend limit."""

    object: Literal["organization.spend_limit.deleted"]
    """The object type, which is always `organization.spend_limit.deleted`."""

    deleted: bool
    """Whether the hard spend limit was deleted."""

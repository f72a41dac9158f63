"""OrganizationSpendAlertDeletedResource: Confirmation payload returned after deleting
an organization spend alert.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["OrganizationSpendAlertDeletedResource"]


class OrganizationSpendAlertDeletedResource(BaseModel):
    """Confirmation payload returned after deleting an organization spend alert."""

    id: str
    """The deleted spend alert ID."""

    object: Literal["organization.spend_alert.deleted"]
    """Always `organization.spend_alert.deleted`."""

    deleted: bool
    """Whether the spend alert was deleted."""

"""ProjectSpendAlertDeletedResource: Confirmation payload returned after deleting a
project spend alert.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ProjectSpendAlertDeletedResource"]


class ProjectSpendAlertDeletedResource(BaseModel):
    """Confirmation payload returned after deleting a project spend alert."""

    id: str
    """The deleted spend alert ID."""

    object: Literal["project.spend_alert.deleted"]
    """Always `project.spend_alert.deleted`."""

    deleted: bool
    """Whether the spend alert was deleted."""

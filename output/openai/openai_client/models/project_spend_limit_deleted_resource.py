"""ProjectSpendLimitDeletedResource: Confirmation payload returned after deleting a
project hard spend limit.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ProjectSpendLimitDeletedResource"]


class ProjectSpendLimitDeletedResource(BaseModel):
    """Confirmation payload returned after deleting a project hard spend limit."""

    object: Literal["project.spend_limit.deleted"]
    """The object type, which is always `project.spend_limit.deleted`."""

    deleted: bool
    """Whether the hard spend limit was deleted."""

"""DeletedThreadResource: Confirmation payload returned after deleting a thread."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["DeletedThreadResource"]


class DeletedThreadResource(BaseModel):
    """Confirmation payload returned after deleting a thread."""

    id: str
    """Identifier of the deleted thread."""

    object: Literal["chatkit.thread.deleted"]
    """Type discriminator that is always `chatkit.thread.deleted`."""

    deleted: bool
    """Indicates that the thread has been deleted."""

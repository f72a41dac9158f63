"""ThreadResource: Represents a ChatKit thread and its current status."""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .active_status import ActiveStatus
from .closed_status import ClosedStatus
from .locked_status import LockedStatus

__all__ = ["ThreadResource"]


class ThreadResource(BaseModel):
    """Represents a ChatKit thread and its current status."""

    id: str
    """Identifier of the thread."""

    object: Literal["chatkit.thread"]
    """Type discriminator that is always `chatkit.thread`."""

    created_at: int
    """Unix timestamp (in seconds) for when the thread was created."""

    title: str | None

    status: Annotated[
        Annotated[ActiveStatus, pydantic.Tag("ActiveStatus")]
        | Annotated[LockedStatus, pydantic.Tag("LockedStatus")]
        | Annotated[ClosedStatus, pydantic.Tag("ClosedStatus")]
        | Annotated[dict[str, Any], pydantic.Tag("")],
        discriminate(
            "type",
            "type",
            {
                "active": "ActiveStatus",
                "locked": "LockedStatus",
                "closed": "ClosedStatus",
            },
        ),
    ]
    """Current status for the thread. Defaults to `active` for newly created threads."""

    user: str
    """Free-form string that identifies your end user who owns the thread."""

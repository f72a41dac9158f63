"""TaskItem: Task emitted by the workflow to show progress and status updates."""

from typing import Literal

from .._base_model import BaseModel
from .task_type import TaskType

__all__ = ["TaskItem"]


class TaskItem(BaseModel):
    """Task emitted by the workflow to show progress and status updates."""

    id: str
    """Identifier of the thread item."""

    object: Literal["chatkit.thread_item"]
    """Type discriminator that is always `chatkit.thread_item`."""

    created_at: int
    """Unix timestamp (in seconds) for when the item was created."""

    thread_id: str
    """Identifier of the parent thread."""

    type: Literal["chatkit.task"]
    """Type discriminator that is always `chatkit.task`."""

    task_type: TaskType
    """Subtype for the task."""

    heading: str | None

    summary: str | None

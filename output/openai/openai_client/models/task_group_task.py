"""TaskGroupTask: Task entry that appears within a TaskGroup."""

from .._base_model import BaseModel
from .task_type import TaskType

__all__ = ["TaskGroupTask"]


class TaskGroupTask(BaseModel):
    """Task entry that appears within a TaskGroup."""

    type: TaskType
    """Subtype for the grouped task."""

    heading: str | None

    summary: str | None

"""TaskGroupTask: Task entry that appears within a TaskGroup."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["TaskGroupTask"]


class TaskGroupTask(BaseModel):
    """Task entry that appears within a TaskGroup."""

    type: TaskType
    """Subtype for the grouped task."""

    heading: str | None

    summary: str | None


# Imported last so that models referring to each other can load in any order.
from .task_type import TaskType  # noqa: E402

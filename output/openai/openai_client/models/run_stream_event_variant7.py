"""RunStreamEventVariant7: Occurs when a
[run](https://api.openai.com/docs/api-reference/runs/object) fails.
"""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RunStreamEventVariant7"]


class RunStreamEventVariant7(BaseModel):
    """Occurs when a [run](https://api.openai.com/docs/api-reference/runs/object) fails."""

    event: Literal["thread.run.failed"]

    data: RunObject
    """Represents an execution run on a
    [thread](https://api.openai.com/docs/api-reference/threads).
    """


# Imported last so that models referring to each other can load in any order.
from .run_object import RunObject  # noqa: E402

"""RunStreamEventVariant7: Occurs when a
[run](https://api.openai.com/docs/api-reference/runs/object) fails.
"""

from typing import Literal

from .._base_model import BaseModel
from .run_object import RunObject

__all__ = ["RunStreamEventVariant7"]


class RunStreamEventVariant7(BaseModel):
    """Occurs when a [run](https://api.openai.com/docs/api-reference/runs/object) fails."""

    event: Literal["thread.run.failed"]

    data: RunObject
    """Represents an execution run on a
    [thread](https://api.openai.com/docs/api-reference/threads).
    """

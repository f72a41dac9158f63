"""RunStreamEventVariant8: Occurs when a
[run](https://api.openai.com/docs/api-reference/runs/object) moves to a `cancelling`
status.
"""

from typing import Literal

from .._base_model import BaseModel
from .run_object import RunObject

__all__ = ["RunStreamEventVariant8"]


class RunStreamEventVariant8(BaseModel):
    """Occurs when a [run](https://api.openai.com/docs/api-reference/runs/object) moves
    to a `cancelling` status.
    """

    event: Literal["thread.run.cancelling"]

    data: RunObject
    """Represents an execution run on a
    [thread](https://api.openai.com/docs/api-reference/threads).
    """

"""RunStreamEventVariant2: Occurs when a
[run](https://api.openai.com/docs/api-reference/runs/object) moves to a `queued`
status.
"""

from typing import Literal

from .._base_model import BaseModel
from .run_object import RunObject

__all__ = ["RunStreamEventVariant2"]


class RunStreamEventVariant2(BaseModel):
    """Occurs when a [run](https://api.openai.com/docs/api-reference/runs/object) moves
    to a `queued` status.
    """

    event: Literal["thread.run.queued"]

    data: RunObject
    """Represents an execution run on a
    [thread](https://api.openai.com/docs/api-reference/threads).
    """

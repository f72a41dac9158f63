"""RunStreamEventVariant3: Occurs when a
[run](https://api.openai.com/docs/api-reference/runs/object) moves to an
`in_progress` status.
"""

from typing import Literal

from .._base_model import BaseModel
from .run_object import RunObject

__all__ = ["RunStreamEventVariant3"]


class RunStreamEventVariant3(BaseModel):
    """Occurs when a [run](https://api.openai.com/docs/api-reference/runs/object) moves
    to an `in_progress` status.
    """

    event: Literal["thread.run.in_progress"]

    data: RunObject
    """Represents an execution run on a
    [thread](https://api.openai.com/docs/api-reference/threads).
    """

"""RunStreamEventVariant1: Occurs when a new
[run](https://api.openai.com/docs/api-reference/runs/object) is created.
"""

from typing import Literal

from .._base_model import BaseModel
from .run_object import RunObject

__all__ = ["RunStreamEventVariant1"]


class RunStreamEventVariant1(BaseModel):
    """Occurs when a new [run](https://api.openai.com/docs/api-reference/runs/object) is
    created.
    """

    event: Literal["thread.run.created"]

    data: RunObject
    """Represents an execution run on a
    [thread](https://api.openai.com/docs/api-reference/threads).
    """

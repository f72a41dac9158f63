"""RunStreamEventVariant5: Occurs when a
[run](https://api.openai.com/docs/api-reference/runs/object) is completed.
"""

from typing import Literal

from .._base_model import BaseModel
from .run_object import RunObject

__all__ = ["RunStreamEventVariant5"]


class RunStreamEventVariant5(BaseModel):
    """Occurs when a [run](https://api.openai.com/docs/api-reference/runs/object) is
    completed.
    """

    event: Literal["thread.run.completed"]

    data: RunObject
    """Represents an execution run on a
    [thread](https://api.openai.com/docs/api-reference/threads).
    """

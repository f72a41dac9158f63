"""RunStreamEventVariant9: Occurs when a
[run](https://api.openai.com/docs/api-reference/runs/object) is cancelled.
"""

from typing import Literal

from .._base_model import BaseModel
from .run_object import RunObject

__all__ = ["RunStreamEventVariant9"]


class RunStreamEventVariant9(BaseModel):
    """Occurs when a [run](https://api.openai.com/docs/api-reference/runs/object) is
    cancelled.
    """

    event: Literal["thread.run.cancelled"]

    data: RunObject
    """Represents an execution run on a
    [thread](https://api.openai.com/docs/api-reference/threads).
    """

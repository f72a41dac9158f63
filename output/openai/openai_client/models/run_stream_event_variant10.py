"""RunStreamEventVariant10: Occurs when a
[run](https://api.openai.com/docs/api-reference/runs/object) expires.
"""

from typing import Literal

from .._base_model import BaseModel
from .run_object import RunObject

__all__ = ["RunStreamEventVariant10"]


class RunStreamEventVariant10(BaseModel):
    """Occurs when a [run](https://api.openai.com/docs/api-reference/runs/object)
    expires.
    """

    event: Literal["thread.run.expired"]

    data: RunObject
    """Represents an execution run on a
    [thread](https://api.openai.com/docs/api-reference/threads).
    """

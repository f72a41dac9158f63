"""RunStreamEventVariant6: Occurs when a
[run](https://api.openai.com/docs/api-reference/runs/object) ends with status
`incomplete`.
"""

from typing import Literal

from .._base_model import BaseModel
from .run_object import RunObject

__all__ = ["RunStreamEventVariant6"]


class RunStreamEventVariant6(BaseModel):
    """Occurs when a [run](https://api.openai.com/docs/api-reference/runs/object) ends
    with status `incomplete`.
    """

    event: Literal["thread.run.incomplete"]

    data: RunObject
    """Represents an execution run on a
    [thread](https://api.openai.com/docs/api-reference/threads).
    """

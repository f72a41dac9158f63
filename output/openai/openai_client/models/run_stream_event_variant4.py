"""RunStreamEventVariant4: Occurs when a
[run](https://api.openai.com/docs/api-reference/runs/object) moves to a
`requires_action` status.
"""

from typing import Literal

from .._base_model import BaseModel
from .run_object import RunObject

__all__ = ["RunStreamEventVariant4"]


class RunStreamEventVariant4(BaseModel):
    """Occurs when a [run](https://api.openai.com/docs/api-reference/runs/object) moves
    to a `requires_action` status.
    """

    event: Literal["thread.run.requires_action"]

    data: RunObject
    """Represents an execution run on a
    [thread](https://api.openai.com/docs/api-reference/threads).
    """

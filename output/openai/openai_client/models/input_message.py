"""InputMessage: A message input to the model with a role indicating instruction
following
hierarchy. Instructions given with the `developer` or `system` role take
precedence over instructions given with the `user` role.
"""

from typing import Literal

from .._base_model import BaseModel
from .input_content import InputContent

__all__ = ["InputMessage"]


class InputMessage(BaseModel):
    """A message input to the model with a role indicating instruction following
    hierarchy. Instructions given with the `developer` or `system` role take
    precedence over instructions given with the `user` role.
    """

    type: Literal["message"] | None = None
    """The type of the message input. Always set to `message`."""

    role: Literal["user", "system", "developer"] | str
    """The role of the message input. One of `user`, `system`, or `developer`."""

    status: Literal["in_progress", "completed", "incomplete"] | str | None = None
    """The status of item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API.
    """

    content: list[InputContent]
    """A list of one or many input items to the model, containing different content
    types.
    """

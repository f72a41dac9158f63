"""RunStreamEventVariant10: Occurs when a
[run](https://api.openai.com/docs/api-reference/runs/object) expires.
"""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

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


# Imported last so that models referring to each other can load in any order.
from .run_object import RunObject  # noqa: E402

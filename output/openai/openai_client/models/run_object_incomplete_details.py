"""RunObjectIncompleteDetails: Details on why the run is incomplete. Will be `null` if
the run is not incomplete.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["RunObjectIncompleteDetails"]


class RunObjectIncompleteDetails(BaseModel):
    """Details on why the run is incomplete. Will be `null` if the run is not
    incomplete.
    """

    reason: Literal["max_completion_tokens", "max_prompt_tokens"] | str | None = None
    """The reason why the run is incomplete. This will point to which specific token
    limit was reached over the course of the run.
    """

"""RunObjectRequiredAction: Details on the action required to continue the run. Will be
`null` if no action is required.
"""

from typing import Literal

from .._base_model import BaseModel
from .run_object_required_action_submit_tool_outputs import (
    RunObjectRequiredActionSubmitToolOutputs,
)

__all__ = ["RunObjectRequiredAction"]


class RunObjectRequiredAction(BaseModel):
    """Details on the action required to continue the run. Will be `null` if no action
    is required.
    """

    type: Literal["submit_tool_outputs"]
    """For now, this is always `submit_tool_outputs`."""

    submit_tool_outputs: RunObjectRequiredActionSubmitToolOutputs
    """Details on the tool outputs needed for this run to continue."""

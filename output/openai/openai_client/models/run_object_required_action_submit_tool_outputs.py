"""RunObjectRequiredActionSubmitToolOutputs: Details on the tool outputs needed for this
run to continue.
"""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["RunObjectRequiredActionSubmitToolOutputs"]


class RunObjectRequiredActionSubmitToolOutputs(BaseModel):
    """Details on the tool outputs needed for this run to continue."""

    tool_calls: list[RunToolCallObject]
    """A list of the relevant tool calls."""


# Imported last so that models referring to each other can load in any order.
from .run_tool_call_object import RunToolCallObject  # noqa: E402

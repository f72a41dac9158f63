from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["SubmitToolOutputsRunRequest"]


class SubmitToolOutputsRunRequest(BaseModel):
    tool_outputs: list[SubmitToolOutputsRunRequestToolOutputsItem]
    """A list of tools for which the outputs are being submitted."""

    stream: bool | None = None


# Imported last so that models referring to each other can load in any order.
from .submit_tool_outputs_run_request_tool_outputs_item import (  # noqa: E402
    SubmitToolOutputsRunRequestToolOutputsItem,
)

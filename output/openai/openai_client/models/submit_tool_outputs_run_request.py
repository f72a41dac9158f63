from .._base_model import BaseModel
from .submit_tool_outputs_run_request_tool_outputs_item import (
    SubmitToolOutputsRunRequestToolOutputsItem,
)

__all__ = ["SubmitToolOutputsRunRequest"]


class SubmitToolOutputsRunRequest(BaseModel):
    tool_outputs: list[SubmitToolOutputsRunRequestToolOutputsItem]
    """A list of tools for which the outputs are being submitted."""

    stream: bool | None = None

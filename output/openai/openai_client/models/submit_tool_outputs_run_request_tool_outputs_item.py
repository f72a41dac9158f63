from .._base_model import BaseModel

__all__ = ["SubmitToolOutputsRunRequestToolOutputsItem"]


class SubmitToolOutputsRunRequestToolOutputsItem(BaseModel):
    tool_call_id: str | None = None
    """The ID of the tool call in the `required_action` object within the run object the
    output is being submitted for.
    """

    output: str | None = None
    """The output of the tool call to be submitted to continue the run."""

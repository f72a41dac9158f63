from typing import Any, Literal

from .._base_model import BaseModel

__all__ = ["RunStepDeltaStepDetailsToolCallsFileSearchObject"]


class RunStepDeltaStepDetailsToolCallsFileSearchObject(BaseModel):
    index: int
    """The index of the tool call in the tool calls array."""

    id: str | None = None
    """The ID of the tool call object."""

    type: Literal["file_search"]
    """The type of tool call. This is always going to be `file_search` for this type of
    tool call.
    """

    file_search: dict[str, Any]
    """For now, this is always going to be an empty object."""

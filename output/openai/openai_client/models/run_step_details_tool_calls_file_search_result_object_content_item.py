from typing import Literal

from .._base_model import BaseModel

__all__ = ["RunStepDetailsToolCallsFileSearchResultObjectContentItem"]


class RunStepDetailsToolCallsFileSearchResultObjectContentItem(BaseModel):
    type: Literal["text"] | None = None
    """The type of the content."""

    text: str | None = None
    """The text content of the file."""

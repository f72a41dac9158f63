"""EvalItemContentOutputText: A text output from the model."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["EvalItemContentOutputText"]


class EvalItemContentOutputText(BaseModel):
    """A text output from the model."""

    type: Literal["output_text"]
    """The type of the output text. Always `output_text`."""

    text: str
    """The text output from the model."""

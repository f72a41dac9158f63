"""OutputTextContent: A text output from the model."""

from typing import Literal

from pydantic import Field

from .._base_model import BaseModel
from .annotation import Annotation
from .log_prob import LogProb

__all__ = ["OutputTextContent"]


class OutputTextContent(BaseModel):
    """A text output from the model."""

    type: Literal["output_text"]
    """The type of the output text. Always `output_text`."""

    text: str
    """The text output from the model."""

    annotations_: list[Annotation] = Field(alias="annotations")
    """The annotations of the text output.

    Wire name: `annotations`.
    """

    logprobs: list[LogProb]

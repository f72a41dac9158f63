"""BetaOutputTextContent: A text output from the model."""

from typing import Literal

from pydantic import Field

from .._base_model import BaseModel
from .beta_annotation import BetaAnnotation
from .beta_log_prob import BetaLogProb

__all__ = ["BetaOutputTextContent"]


class BetaOutputTextContent(BaseModel):
    """A text output from the model."""

    type: Literal["output_text"]
    """The type of the output text. Always `output_text`."""

    text: str
    """The text output from the model."""

    annotations_: list[BetaAnnotation] = Field(alias="annotations")
    """The annotations of the text output.

    Wire name: `annotations`.
    """

    logprobs: list[BetaLogProb]

"""ReasoningTextContent: Reasoning text from the model."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ReasoningTextContent"]


class ReasoningTextContent(BaseModel):
    """Reasoning text from the model."""

    type: Literal["reasoning_text"]
    """The type of the reasoning text. Always `reasoning_text`."""

    text: str
    """The reasoning text from the model."""

"""EvalRunOutputItemSampleInputItem: An input message."""

from .._base_model import BaseModel

__all__ = ["EvalRunOutputItemSampleInputItem"]


class EvalRunOutputItemSampleInputItem(BaseModel):
    """An input message."""

    role: str
    """The role of the message sender (e.g., system, user, developer)."""

    content: str
    """The content of the message."""

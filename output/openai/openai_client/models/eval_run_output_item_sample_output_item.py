from .._base_model import BaseModel

__all__ = ["EvalRunOutputItemSampleOutputItem"]


class EvalRunOutputItemSampleOutputItem(BaseModel):
    role: str | None = None
    """The role of the message (e.g. "system", "assistant", "user")."""

    content: str | None = None
    """The content of the message."""

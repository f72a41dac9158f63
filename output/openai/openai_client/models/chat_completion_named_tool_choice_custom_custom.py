from .._base_model import BaseModel

__all__ = ["ChatCompletionNamedToolChoiceCustomCustom"]


class ChatCompletionNamedToolChoiceCustomCustom(BaseModel):
    name: str
    """The name of the custom tool to call."""

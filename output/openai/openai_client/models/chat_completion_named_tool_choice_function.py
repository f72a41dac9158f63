from .._base_model import BaseModel

__all__ = ["ChatCompletionNamedToolChoiceFunction"]


class ChatCompletionNamedToolChoiceFunction(BaseModel):
    name: str
    """The name of the function to call."""

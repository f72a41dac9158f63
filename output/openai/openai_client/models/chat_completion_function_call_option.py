"""ChatCompletionFunctionCallOption: Specifying a particular function via `{"name":
"my_function"}` forces the model to call that function.
"""

from .._base_model import BaseModel

__all__ = ["ChatCompletionFunctionCallOption"]


class ChatCompletionFunctionCallOption(BaseModel):
    """Specifying a particular function via `{"name": "my_function"}` forces the model
    to call that function.
    """

    name: str
    """The name of the function to call."""

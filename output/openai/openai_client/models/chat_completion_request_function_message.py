"""ChatCompletionRequestFunctionMessage.

.. deprecated:: the API marks this schema as deprecated.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ChatCompletionRequestFunctionMessage"]


class ChatCompletionRequestFunctionMessage(BaseModel):
    role: Literal["function"]
    """The role of the messages author, in this case `function`."""

    content: str | None

    name: str
    """The name of the function to call."""

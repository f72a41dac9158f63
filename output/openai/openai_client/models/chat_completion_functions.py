"""ChatCompletionFunctions.

.. deprecated:: the API marks this schema as deprecated.
"""

from typing import Any

from .._base_model import BaseModel

__all__ = ["ChatCompletionFunctions"]


class ChatCompletionFunctions(BaseModel):
    description: str | None = None
    """A description of what the function does, used by the model to choose when and how
    to call the function.
    """

    name: str
    """The name of the function to be called. Must be a-z, A-Z, 0-9, or contain
    underscores and dashes, with a maximum length of 64.
    """

    parameters: dict[str, Any] | None = None
    """The parameters the functions accepts, described as a JSON Schema object. See the
    [guide](https://api.openai.com/docs/guides/function-calling) for examples, and
    the [JSON Schema reference](https://json-schema.org/understanding-json-schema/)
    for documentation about the format.

    Omitting `parameters` defines a function with an empty parameter list.
    """

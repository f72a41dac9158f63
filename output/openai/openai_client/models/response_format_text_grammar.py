"""ResponseFormatTextGrammar: A custom grammar for the model to follow when generating
text.
Learn more in the [custom grammars
guide](https://api.openai.com/docs/guides/custom-grammars).
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ResponseFormatTextGrammar"]


class ResponseFormatTextGrammar(BaseModel):
    """A custom grammar for the model to follow when generating text.
    Learn more in the [custom grammars
    guide](https://api.openai.com/docs/guides/custom-grammars).
    """

    type: Literal["grammar"]
    """The type of response format being defined. Always `grammar`."""

    grammar: str
    """The custom grammar for the model to follow."""

"""ResponseFormatTextPython: Configure the model to generate valid Python code. See the
[custom grammars guide](https://api.openai.com/docs/guides/custom-grammars) for more
details.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ResponseFormatTextPython"]


class ResponseFormatTextPython(BaseModel):
    """Configure the model to generate valid Python code. See the
    [custom grammars guide](https://api.openai.com/docs/guides/custom-grammars) for
    more details.
    """

    type: Literal["python"]
    """The type of response format being defined. Always `python`."""

"""BetaToolChoiceFunction: Use this option to force the model to call a specific
function.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaToolChoiceFunction"]


class BetaToolChoiceFunction(BaseModel):
    """Use this option to force the model to call a specific function."""

    type: Literal["function"]
    """For function calling, the type is always `function`."""

    name: str
    """The name of the function to call."""

"""FunctionShellCallOutputTimeoutOutcome: Indicates that the shell call exceeded its
configured time limit.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["FunctionShellCallOutputTimeoutOutcome"]


class FunctionShellCallOutputTimeoutOutcome(BaseModel):
    """Indicates that the shell call exceeded its configured time limit."""

    type: Literal["timeout"]
    """The outcome type. Always `timeout`."""

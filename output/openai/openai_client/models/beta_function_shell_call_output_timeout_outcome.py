"""BetaFunctionShellCallOutputTimeoutOutcome: Indicates that the shell call exceeded its
configured time limit.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaFunctionShellCallOutputTimeoutOutcome"]


class BetaFunctionShellCallOutputTimeoutOutcome(BaseModel):
    """Indicates that the shell call exceeded its configured time limit."""

    type: Literal["timeout"]
    """The outcome type. Always `timeout`."""

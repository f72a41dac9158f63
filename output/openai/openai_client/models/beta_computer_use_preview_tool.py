"""BetaComputerUsePreviewTool: A tool that controls a virtual computer. Learn more about
the [computer tool](https://platform.openai.com/docs/guides/tools-computer-use).
"""

from typing import Literal

from .._base_model import BaseModel
from .beta_computer_environment import BetaComputerEnvironment

__all__ = ["BetaComputerUsePreviewTool"]


class BetaComputerUsePreviewTool(BaseModel):
    """A tool that controls a virtual computer. Learn more about the [computer
    tool](https://platform.openai.com/docs/guides/tools-computer-use).
    """

    type: Literal["computer_use_preview"]
    """The type of the computer use tool. Always `computer_use_preview`."""

    environment: BetaComputerEnvironment
    """The type of computer environment to control."""

    display_width: int
    """The width of the computer display."""

    display_height: int
    """The height of the computer display."""

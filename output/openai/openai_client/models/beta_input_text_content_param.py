"""BetaInputTextContentParam: A text input to the model."""

from typing import Literal

from .._base_model import BaseModel
from .beta_prompt_cache_breakpoint_param import BetaPromptCacheBreakpointParam

__all__ = ["BetaInputTextContentParam"]


class BetaInputTextContentParam(BaseModel):
    """A text input to the model."""

    type: Literal["input_text"]
    """The type of the input item. Always `input_text`."""

    text: str
    """The text input to the model."""

    prompt_cache_breakpoint: BetaPromptCacheBreakpointParam | None = None

"""InputTextContentParam: A text input to the model."""

from typing import Literal

from .._base_model import BaseModel
from .prompt_cache_breakpoint_param import PromptCacheBreakpointParam

__all__ = ["InputTextContentParam"]


class InputTextContentParam(BaseModel):
    """A text input to the model."""

    type: Literal["input_text"]
    """The type of the input item. Always `input_text`."""

    text: str
    """The text input to the model."""

    prompt_cache_breakpoint: PromptCacheBreakpointParam | None = None

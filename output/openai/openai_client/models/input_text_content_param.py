"""InputTextContentParam: A text input to the model."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["InputTextContentParam"]


class InputTextContentParam(BaseModel):
    """A text input to the model."""

    type: Literal["input_text"]
    """The type of the input item. Always `input_text`."""

    text: str
    """The text input to the model."""

    prompt_cache_breakpoint: PromptCacheBreakpointParam | None = None


# Imported last so that models referring to each other can load in any order.
from .prompt_cache_breakpoint_param import PromptCacheBreakpointParam  # noqa: E402

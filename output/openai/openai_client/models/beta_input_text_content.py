"""BetaInputTextContent: A text input to the model."""

from typing import Literal

from .._base_model import BaseModel
from .beta_prompt_cache_breakpoint_config import BetaPromptCacheBreakpointConfig

__all__ = ["BetaInputTextContent"]


class BetaInputTextContent(BaseModel):
    """A text input to the model."""

    type: Literal["input_text"]
    """The type of the input item. Always `input_text`."""

    text: str
    """The text input to the model."""

    prompt_cache_breakpoint: BetaPromptCacheBreakpointConfig | None = None
    """Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL
    from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a
    token block.
    """

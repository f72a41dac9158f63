"""BetaReasoning: **gpt-5 and o-series models only**

Configuration options for
[reasoning models](https://platform.openai.com/docs/guides/reasoning).
"""

from typing import Literal

from .._base_model import BaseModel
from .beta_reasoning_effort import BetaReasoningEffort
from .beta_reasoning_mode_enum import BetaReasoningModeEnum

__all__ = ["BetaReasoning"]


class BetaReasoning(BaseModel):
    """**gpt-5 and o-series models only**

    Configuration options for
    [reasoning models](https://platform.openai.com/docs/guides/reasoning).
    """

    mode: BetaReasoningModeEnum | None = None
    """Controls the reasoning execution mode for the request.

    When returned on a response, this is the effective execution mode.
    """

    effort: BetaReasoningEffort | None = None

    summary: Literal["auto", "concise", "detailed"] | str | None = None

    context: Literal["auto", "current_turn", "all_turns"] | str | None = None

    generate_summary: Literal["auto", "concise", "detailed"] | str | None = None

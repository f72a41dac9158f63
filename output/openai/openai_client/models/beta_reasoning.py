"""BetaReasoning: **gpt-5 and o-series models only**

Configuration options for
[reasoning models](https://platform.openai.com/docs/guides/reasoning).
"""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

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


# Imported last so that models referring to each other can load in any order.
from .beta_reasoning_effort import BetaReasoningEffort  # noqa: E402
from .beta_reasoning_mode_enum import BetaReasoningModeEnum  # noqa: E402

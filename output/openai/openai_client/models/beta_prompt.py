from typing import TypeAlias

from .beta_prompt_variant1 import BetaPromptVariant1

__all__ = ["BetaPrompt"]

BetaPrompt: TypeAlias = BetaPromptVariant1 | None

from typing import TypeAlias

from .prompt_variant1 import PromptVariant1

__all__ = ["Prompt"]

Prompt: TypeAlias = PromptVariant1 | None

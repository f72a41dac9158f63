"""BetaPromptVariant1: Reference to a prompt template and its variables.
[Learn
more](https://api.openai.com/docs/guides/text?api-mode=responses#reusable-prompts).
"""

from .._base_model import BaseModel
from .beta_response_prompt_variables import BetaResponsePromptVariables

__all__ = ["BetaPromptVariant1"]


class BetaPromptVariant1(BaseModel):
    """Reference to a prompt template and its variables.
    [Learn
    more](https://api.openai.com/docs/guides/text?api-mode=responses#reusable-prompts).
    """

    id: str
    """The unique identifier of the prompt template to use."""

    version: str | None = None

    variables: BetaResponsePromptVariables | None = None

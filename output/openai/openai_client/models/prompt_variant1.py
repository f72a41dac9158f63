"""PromptVariant1: Reference to a prompt template and its variables.
[Learn
more](https://api.openai.com/docs/guides/text?api-mode=responses#reusable-prompts).
"""

from .._base_model import BaseModel
from .response_prompt_variables import ResponsePromptVariables

__all__ = ["PromptVariant1"]


class PromptVariant1(BaseModel):
    """Reference to a prompt template and its variables.
    [Learn
    more](https://api.openai.com/docs/guides/text?api-mode=responses#reusable-prompts).
    """

    id: str
    """The unique identifier of the prompt template to use."""

    version: str | None = None

    variables: ResponsePromptVariables | None = None

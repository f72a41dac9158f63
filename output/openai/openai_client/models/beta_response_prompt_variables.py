from typing import TypeAlias

from .beta_input_file_content import BetaInputFileContent
from .beta_input_image_content import BetaInputImageContent
from .beta_input_text_content import BetaInputTextContent

__all__ = ["BetaResponsePromptVariables"]

BetaResponsePromptVariables: TypeAlias = (
    dict[str, str | BetaInputTextContent | BetaInputImageContent | BetaInputFileContent]
    | None
)

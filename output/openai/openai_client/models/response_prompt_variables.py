from typing import TypeAlias

from .input_file_content import InputFileContent
from .input_image_content import InputImageContent
from .input_text_content import InputTextContent

__all__ = ["ResponsePromptVariables"]

ResponsePromptVariables: TypeAlias = (
    dict[str, str | InputTextContent | InputImageContent | InputFileContent] | None
)

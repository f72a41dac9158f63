"""CodeInterpreterFileOutput: The output of a code interpreter tool call that is a file."""

from typing import Literal

from .._base_model import BaseModel
from .code_interpreter_file_output_files_item import CodeInterpreterFileOutputFilesItem

__all__ = ["CodeInterpreterFileOutput"]


class CodeInterpreterFileOutput(BaseModel):
    """The output of a code interpreter tool call that is a file."""

    type: Literal["files"]
    """The type of the code interpreter file output. Always `files`."""

    files: list[CodeInterpreterFileOutputFilesItem]

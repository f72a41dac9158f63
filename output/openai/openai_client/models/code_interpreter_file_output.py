"""CodeInterpreterFileOutput: The output of a code interpreter tool call that is a file."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["CodeInterpreterFileOutput"]


class CodeInterpreterFileOutput(BaseModel):
    """The output of a code interpreter tool call that is a file."""

    type: Literal["files"]
    """The type of the code interpreter file output. Always `files`."""

    files: list[CodeInterpreterFileOutputFilesItem]


# Imported last so that models referring to each other can load in any order.
from .code_interpreter_file_output_files_item import (  # noqa: E402
    CodeInterpreterFileOutputFilesItem,
)

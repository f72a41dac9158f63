"""BetaFilePath: A path to a file."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaFilePath"]


class BetaFilePath(BaseModel):
    """A path to a file."""

    type: Literal["file_path"]
    """The type of the file path. Always `file_path`."""

    file_id: str
    """The ID of the file."""

    index: int
    """The index of the file in the list of files."""

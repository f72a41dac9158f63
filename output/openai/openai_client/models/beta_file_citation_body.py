"""BetaFileCitationBody: A citation to a file."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaFileCitationBody"]


class BetaFileCitationBody(BaseModel):
    """A citation to a file."""

    type: Literal["file_citation"]
    """The type of the file citation. Always `file_citation`."""

    file_id: str
    """The ID of the file."""

    index: int
    """The index of the file in the list of files."""

    filename: str
    """The filename of the file cited."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaFileCitationParam"]


class BetaFileCitationParam(BaseModel):
    type: Literal["file_citation"]
    """The citation type. Always `file_citation`."""

    index: int
    """The index of the file in the list of files."""

    file_id: str
    """The ID of the file."""

    filename: str
    """The filename of the file cited."""

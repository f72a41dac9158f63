"""BetaContainerFileCitationBody: A citation for a container file used to generate a
model response.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaContainerFileCitationBody"]


class BetaContainerFileCitationBody(BaseModel):
    """A citation for a container file used to generate a model response."""

    type: Literal["container_file_citation"]
    """The type of the container file citation. Always `container_file_citation`."""

    container_id: str
    """The ID of the container file."""

    file_id: str
    """The ID of the file."""

    start_index: int
    """The index of the first character of the container file citation in the message."""

    end_index: int
    """The index of the last character of the container file citation in the message."""

    filename: str
    """The filename of the container file cited."""

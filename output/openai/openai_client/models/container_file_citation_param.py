from typing import Literal

from .._base_model import BaseModel

__all__ = ["ContainerFileCitationParam"]


class ContainerFileCitationParam(BaseModel):
    type: Literal["container_file_citation"]
    """The citation type. Always `container_file_citation`."""

    start_index: int
    """The index of the first character of the citation in the message."""

    end_index: int
    """The index of the last character of the citation in the message."""

    container_id: str
    """The ID of the container."""

    file_id: str
    """The ID of the container file."""

    filename: str
    """The filename of the container file cited."""

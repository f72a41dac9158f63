"""UrlCitationBody: A citation for a web resource used to generate a model response."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["UrlCitationBody"]


class UrlCitationBody(BaseModel):
    """A citation for a web resource used to generate a model response."""

    type: Literal["url_citation"]
    """The type of the URL citation. Always `url_citation`."""

    url: str
    """The URL of the web resource."""

    start_index: int
    """The index of the first character of the URL citation in the message."""

    end_index: int
    """The index of the last character of the URL citation in the message."""

    title: str
    """The title of the web resource."""

"""Annotation: An annotation that applies to a span of output text."""

from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .container_file_citation_body import ContainerFileCitationBody
from .file_citation_body import FileCitationBody
from .file_path import FilePath
from .url_citation_body import UrlCitationBody

__all__ = ["Annotation"]

Annotation: TypeAlias = Annotated[
    Annotated[FileCitationBody, pydantic.Tag("FileCitationBody")]
    | Annotated[UrlCitationBody, pydantic.Tag("UrlCitationBody")]
    | Annotated[ContainerFileCitationBody, pydantic.Tag("ContainerFileCitationBody")]
    | Annotated[FilePath, pydantic.Tag("FilePath")]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "file_citation": "FileCitationBody",
            "url_citation": "UrlCitationBody",
            "container_file_citation": "ContainerFileCitationBody",
            "file_path": "FilePath",
        },
    ),
]
"""An annotation that applies to a span of output text."""

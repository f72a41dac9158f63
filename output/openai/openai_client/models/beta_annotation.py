"""BetaAnnotation: An annotation that applies to a span of output text."""

from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .beta_container_file_citation_body import BetaContainerFileCitationBody
from .beta_file_citation_body import BetaFileCitationBody
from .beta_file_path import BetaFilePath
from .beta_url_citation_body import BetaUrlCitationBody

__all__ = ["BetaAnnotation"]

BetaAnnotation: TypeAlias = Annotated[
    Annotated[BetaFileCitationBody, pydantic.Tag("BetaFileCitationBody")]
    | Annotated[BetaUrlCitationBody, pydantic.Tag("BetaUrlCitationBody")]
    | Annotated[
        BetaContainerFileCitationBody, pydantic.Tag("BetaContainerFileCitationBody")
    ]
    | Annotated[BetaFilePath, pydantic.Tag("BetaFilePath")]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "file_citation": "BetaFileCitationBody",
            "url_citation": "BetaUrlCitationBody",
            "container_file_citation": "BetaContainerFileCitationBody",
            "file_path": "BetaFilePath",
        },
    ),
]
"""An annotation that applies to a span of output text."""

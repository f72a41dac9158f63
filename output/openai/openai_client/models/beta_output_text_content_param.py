from __future__ import annotations

from typing import Annotated, Any, Literal

import pydantic
from pydantic import Field

from .._base_model import BaseModel, discriminate

__all__ = ["BetaOutputTextContentParam"]


class BetaOutputTextContentParam(BaseModel):
    type: Literal["output_text"]
    """The content type. Always `output_text`."""

    text: str
    """The text content."""

    annotations_: (
        list[
            Annotated[
                Annotated[BetaFileCitationParam, pydantic.Tag("BetaFileCitationParam")]
                | Annotated[BetaUrlCitationParam, pydantic.Tag("BetaUrlCitationParam")]
                | Annotated[
                    BetaContainerFileCitationParam,
                    pydantic.Tag("BetaContainerFileCitationParam"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "file_citation": "BetaFileCitationParam",
                        "url_citation": "BetaUrlCitationParam",
                        "container_file_citation": "BetaContainerFileCitationParam",
                    },
                ),
            ]
        ]
        | None
    ) = Field(default=None, alias="annotations")
    """Citations associated with the text content.

    Wire name: `annotations`.
    """


# Imported last so that models referring to each other can load in any order.
from .beta_container_file_citation_param import (  # noqa: E402
    BetaContainerFileCitationParam,
)
from .beta_file_citation_param import BetaFileCitationParam  # noqa: E402
from .beta_url_citation_param import BetaUrlCitationParam  # noqa: E402

from typing import Annotated, Any, Literal

import pydantic
from pydantic import Field

from .._base_model import BaseModel, discriminate
from .beta_container_file_citation_param import BetaContainerFileCitationParam
from .beta_file_citation_param import BetaFileCitationParam
from .beta_url_citation_param import BetaUrlCitationParam

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

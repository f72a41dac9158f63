"""MessageObjectAttachmentsVariant1Item."""

from __future__ import annotations

import pydantic
from .._base_model import discriminate
from typing import Annotated, Any

from .._base_model import BaseModel

__all__ = ["MessageObjectAttachmentsVariant1Item"]


class MessageObjectAttachmentsVariant1Item(BaseModel):
    """MessageObjectAttachmentsVariant1Item"""

    file_id: str | None = None
    """The ID of the file to attach to the message."""

    tools: (
        list[
            Annotated[
                Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
                | Annotated[
                    AssistantToolsFileSearchTypeOnly,
                    pydantic.Tag("AssistantToolsFileSearchTypeOnly"),
                ]
                | Annotated[dict[str, Any], pydantic.Tag("")],
                discriminate(
                    "type",
                    "type",
                    {
                        "code_interpreter": "AssistantToolsCode",
                        "file_search": "AssistantToolsFileSearchTypeOnly",
                    },
                ),
            ]
        ]
        | None
    ) = None
    """The tools to add this file to."""


# Imported last so that models referring to each other can load in any order.
from .assistant_tools_code import AssistantToolsCode  # noqa: E402
from .assistant_tools_file_search_type_only import AssistantToolsFileSearchTypeOnly  # noqa: E402

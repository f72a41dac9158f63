from typing import Annotated, Any

import pydantic

from .._base_model import BaseModel, discriminate
from .assistant_tools_code import AssistantToolsCode
from .assistant_tools_file_search_type_only import AssistantToolsFileSearchTypeOnly

__all__ = ["CreateMessageRequestAttachmentsVariant1Item"]


class CreateMessageRequestAttachmentsVariant1Item(BaseModel):
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

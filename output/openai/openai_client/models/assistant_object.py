"""AssistantObject: Represents an `assistant` that can call the model and use tools.

.. deprecated:: the API marks this schema as deprecated.
"""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .assistant_object_tool_resources_variant1 import (
    AssistantObjectToolResourcesVariant1,
)
from .assistant_tools_code import AssistantToolsCode
from .assistant_tools_file_search import AssistantToolsFileSearch
from .assistant_tools_function import AssistantToolsFunction
from .assistants_api_response_format_option import AssistantsApiResponseFormatOption
from .metadata import Metadata

__all__ = ["AssistantObject"]


class AssistantObject(BaseModel):
    """Represents an `assistant` that can call the model and use tools."""

    id: str
    """The identifier, which can be referenced in API endpoints."""

    object: Literal["assistant"]
    """The object type, which is always `assistant`."""

    created_at: int
    """The Unix timestamp (in seconds) for when the assistant was created."""

    name: str | None

    description: str | None

    model: str
    """ID of the model to use. You can use the [List
    models](https://api.openai.com/docs/api-reference/models/list) API to see all of
    your available models, or see our [Model
    overview](https://api.openai.com/docs/models) for descriptions of them.
    """

    instructions: str | None

    tools: list[
        Annotated[
            Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
            | Annotated[
                AssistantToolsFileSearch, pydantic.Tag("AssistantToolsFileSearch")
            ]
            | Annotated[AssistantToolsFunction, pydantic.Tag("AssistantToolsFunction")]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "code_interpreter": "AssistantToolsCode",
                    "file_search": "AssistantToolsFileSearch",
                    "function": "AssistantToolsFunction",
                },
            ),
        ]
    ]
    """A list of tool enabled on the assistant. There can be a maximum of 128 tools per
    assistant. Tools can be of types `code_interpreter`, `file_search`, or
    `function`.
    """

    tool_resources: AssistantObjectToolResourcesVariant1 | None = None

    metadata: Metadata

    temperature: float | None = None

    top_p: float | None = None

    response_format: AssistantsApiResponseFormatOption | None = None

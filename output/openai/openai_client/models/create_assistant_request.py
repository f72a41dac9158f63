from typing import Annotated, Any

import pydantic

from .._base_model import BaseModel, discriminate
from .assistant_supported_models import AssistantSupportedModels
from .assistant_tools_code import AssistantToolsCode
from .assistant_tools_file_search import AssistantToolsFileSearch
from .assistant_tools_function import AssistantToolsFunction
from .assistants_api_response_format_option import AssistantsApiResponseFormatOption
from .create_assistant_request_tool_resources_variant1 import (
    CreateAssistantRequestToolResourcesVariant1,
)
from .metadata import Metadata
from .reasoning_effort import ReasoningEffort

__all__ = ["CreateAssistantRequest"]


class CreateAssistantRequest(BaseModel):
    model: str | AssistantSupportedModels
    """ID of the model to use. You can use the [List
    models](https://api.openai.com/docs/api-reference/models/list) API to see all of
    your available models, or see our [Model
    overview](https://api.openai.com/docs/models) for descriptions of them.
    """

    name: str | None = None

    description: str | None = None

    instructions: str | None = None

    reasoning_effort: ReasoningEffort | None = None

    tools: (
        list[
            Annotated[
                Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
                | Annotated[
                    AssistantToolsFileSearch, pydantic.Tag("AssistantToolsFileSearch")
                ]
                | Annotated[
                    AssistantToolsFunction, pydantic.Tag("AssistantToolsFunction")
                ]
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
        | None
    ) = None
    """A list of tool enabled on the assistant. There can be a maximum of 128 tools per
    assistant. Tools can be of types `code_interpreter`, `file_search`, or
    `function`.
    """

    tool_resources: CreateAssistantRequestToolResourcesVariant1 | None = None

    metadata: Metadata | None = None

    temperature: float | None = None

    top_p: float | None = None

    response_format: AssistantsApiResponseFormatOption | None = None

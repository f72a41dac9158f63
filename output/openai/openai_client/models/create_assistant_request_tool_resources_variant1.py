"""CreateAssistantRequestToolResourcesVariant1: A set of resources that are used by the
assistant's tools. The resources are specific to the type of tool. For example, the
`code_interpreter` tool requires a list of file IDs, while the `file_search` tool
requires a list of vector store IDs.
"""

from typing import Any

from .._base_model import BaseModel
from .create_assistant_request_tool_resources_variant1_code_interpreter import (
    CreateAssistantRequestToolResourcesVariant1CodeInterpreter,
)

__all__ = ["CreateAssistantRequestToolResourcesVariant1"]


class CreateAssistantRequestToolResourcesVariant1(BaseModel):
    """A set of resources that are used by the assistant's tools. The resources are
    specific to the type of tool. For example, the `code_interpreter` tool requires a
    list of file IDs, while the `file_search` tool requires a list of vector store
    IDs.
    """

    code_interpreter: (
        CreateAssistantRequestToolResourcesVariant1CodeInterpreter | None
    ) = None

    file_search: Any = None

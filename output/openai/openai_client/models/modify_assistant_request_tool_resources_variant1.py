"""ModifyAssistantRequestToolResourcesVariant1: A set of resources that are used by the
assistant's tools. The resources are specific to the type of tool. For example, the
`code_interpreter` tool requires a list of file IDs, while the `file_search` tool
requires a list of vector store IDs.
"""

from .._base_model import BaseModel
from .modify_assistant_request_tool_resources_variant1_code_interpreter import (
    ModifyAssistantRequestToolResourcesVariant1CodeInterpreter,
)
from .modify_assistant_request_tool_resources_variant1_file_search import (
    ModifyAssistantRequestToolResourcesVariant1FileSearch,
)

__all__ = ["ModifyAssistantRequestToolResourcesVariant1"]


class ModifyAssistantRequestToolResourcesVariant1(BaseModel):
    """A set of resources that are used by the assistant's tools. The resources are
    specific to the type of tool. For example, the `code_interpreter` tool requires a
    list of file IDs, while the `file_search` tool requires a list of vector store
    IDs.
    """

    code_interpreter: (
        ModifyAssistantRequestToolResourcesVariant1CodeInterpreter | None
    ) = None

    file_search: ModifyAssistantRequestToolResourcesVariant1FileSearch | None = None

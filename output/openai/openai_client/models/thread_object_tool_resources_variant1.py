"""ThreadObjectToolResourcesVariant1: A set of resources that are made available to the
assistant's tools in this thread. The resources are specific to the type of tool. For
example, the `code_interpreter` tool requires a list of file IDs, while the
`file_search` tool requires a list of vector store IDs.
"""

from .._base_model import BaseModel
from .thread_object_tool_resources_variant1_code_interpreter import (
    ThreadObjectToolResourcesVariant1CodeInterpreter,
)
from .thread_object_tool_resources_variant1_file_search import (
    ThreadObjectToolResourcesVariant1FileSearch,
)

__all__ = ["ThreadObjectToolResourcesVariant1"]


class ThreadObjectToolResourcesVariant1(BaseModel):
    """A set of resources that are made available to the assistant's tools in this
    thread. The resources are specific to the type of tool. For example, the
    `code_interpreter` tool requires a list of file IDs, while the `file_search` tool
    requires a list of vector store IDs.
    """

    code_interpreter: ThreadObjectToolResourcesVariant1CodeInterpreter | None = None

    file_search: ThreadObjectToolResourcesVariant1FileSearch | None = None

"""CreateThreadRequestToolResourcesVariant1: A set of resources that are made available
to the assistant's tools in this thread. The resources are specific to the type of
tool. For example, the `code_interpreter` tool requires a list of file IDs, while the
`file_search` tool requires a list of vector store IDs.
"""

from typing import Any

from .._base_model import BaseModel
from .create_thread_request_tool_resources_variant1_code_interpreter import (
    CreateThreadRequestToolResourcesVariant1CodeInterpreter,
)

__all__ = ["CreateThreadRequestToolResourcesVariant1"]


class CreateThreadRequestToolResourcesVariant1(BaseModel):
    """A set of resources that are made available to the assistant's tools in this
    thread. The resources are specific to the type of tool. For example, the
    `code_interpreter` tool requires a list of file IDs, while the `file_search` tool
    requires a list of vector store IDs.
    """

    code_interpreter: CreateThreadRequestToolResourcesVariant1CodeInterpreter | None = (
        None
    )

    file_search: Any = None

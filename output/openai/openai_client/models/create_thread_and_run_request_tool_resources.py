"""CreateThreadAndRunRequestToolResources: A set of resources that are used by the
assistant's tools. The resources are specific to the type of tool. For example, the
`code_interpreter` tool requires a list of file IDs, while the `file_search` tool
requires a list of vector store IDs.
"""

from .._base_model import BaseModel
from .create_thread_and_run_request_tool_resources_code_interpreter import (
    CreateThreadAndRunRequestToolResourcesCodeInterpreter,
)
from .create_thread_and_run_request_tool_resources_file_search import (
    CreateThreadAndRunRequestToolResourcesFileSearch,
)

__all__ = ["CreateThreadAndRunRequestToolResources"]


class CreateThreadAndRunRequestToolResources(BaseModel):
    """A set of resources that are used by the assistant's tools. The resources are
    specific to the type of tool. For example, the `code_interpreter` tool requires a
    list of file IDs, while the `file_search` tool requires a list of vector store
    IDs.
    """

    code_interpreter: CreateThreadAndRunRequestToolResourcesCodeInterpreter | None = (
        None
    )

    file_search: CreateThreadAndRunRequestToolResourcesFileSearch | None = None

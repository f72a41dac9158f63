"""CreateThreadAndRunRequestToolResources: A set of resources that are used by the
assistant's tools. The resources are specific to the type of tool. For example, the
`code_interpreter` tool requires a list of file IDs, while the `file_search` tool
requires a list of vector store IDs.
"""

from __future__ import annotations

from .._base_model import BaseModel

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


# Imported last so that models referring to each other can load in any order.
from .create_thread_and_run_request_tool_resources_code_interpreter import (  # noqa: E402
    CreateThreadAndRunRequestToolResourcesCodeInterpreter,
)
from .create_thread_and_run_request_tool_resources_file_search import (  # noqa: E402
    CreateThreadAndRunRequestToolResourcesFileSearch,
)

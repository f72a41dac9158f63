"""Tool: A tool that can be used to generate a response."""

from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .apply_patch_tool_param import ApplyPatchToolParam
from .code_interpreter_tool import CodeInterpreterTool
from .computer_tool import ComputerTool
from .computer_use_preview_tool import ComputerUsePreviewTool
from .custom_tool_param import CustomToolParam
from .file_search_tool import FileSearchTool
from .function_shell_tool_param import FunctionShellToolParam
from .function_tool import FunctionTool
from .image_gen_tool import ImageGenTool
from .local_shell_tool_param import LocalShellToolParam
from .mcp_tool import MCPTool
from .namespace_tool_param import NamespaceToolParam
from .programmatic_tool_calling_param import ProgrammaticToolCallingParam
from .tool_search_tool_param import ToolSearchToolParam
from .web_search_preview_tool import WebSearchPreviewTool
from .web_search_tool import WebSearchTool

__all__ = ["Tool"]

Tool: TypeAlias = Annotated[
    Annotated[FunctionTool, pydantic.Tag("FunctionTool")]
    | Annotated[FileSearchTool, pydantic.Tag("FileSearchTool")]
    | Annotated[ComputerTool, pydantic.Tag("ComputerTool")]
    | Annotated[ComputerUsePreviewTool, pydantic.Tag("ComputerUsePreviewTool")]
    | Annotated[WebSearchTool, pydantic.Tag("WebSearchTool")]
    | Annotated[MCPTool, pydantic.Tag("MCPTool")]
    | Annotated[CodeInterpreterTool, pydantic.Tag("CodeInterpreterTool")]
    | Annotated[
        ProgrammaticToolCallingParam, pydantic.Tag("ProgrammaticToolCallingParam")
    ]
    | Annotated[ImageGenTool, pydantic.Tag("ImageGenTool")]
    | Annotated[LocalShellToolParam, pydantic.Tag("LocalShellToolParam")]
    | Annotated[FunctionShellToolParam, pydantic.Tag("FunctionShellToolParam")]
    | Annotated[CustomToolParam, pydantic.Tag("CustomToolParam")]
    | Annotated[NamespaceToolParam, pydantic.Tag("NamespaceToolParam")]
    | Annotated[ToolSearchToolParam, pydantic.Tag("ToolSearchToolParam")]
    | Annotated[WebSearchPreviewTool, pydantic.Tag("WebSearchPreviewTool")]
    | Annotated[ApplyPatchToolParam, pydantic.Tag("ApplyPatchToolParam")]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "function": "FunctionTool",
            "file_search": "FileSearchTool",
            "computer": "ComputerTool",
            "computer_use_preview": "ComputerUsePreviewTool",
            "web_search": "WebSearchTool",
            "web_search_2025_08_26": "WebSearchTool",
            "mcp": "MCPTool",
            "code_interpreter": "CodeInterpreterTool",
            "programmatic_tool_calling": "ProgrammaticToolCallingParam",
            "image_generation": "ImageGenTool",
            "local_shell": "LocalShellToolParam",
            "shell": "FunctionShellToolParam",
            "custom": "CustomToolParam",
            "namespace": "NamespaceToolParam",
            "tool_search": "ToolSearchToolParam",
            "web_search_preview": "WebSearchPreviewTool",
            "web_search_preview_2025_03_11": "WebSearchPreviewTool",
            "apply_patch": "ApplyPatchToolParam",
        },
    ),
]
"""A tool that can be used to generate a response."""

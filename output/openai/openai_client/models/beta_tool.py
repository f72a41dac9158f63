"""BetaTool: A tool that can be used to generate a response."""

from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .beta_apply_patch_tool_param import BetaApplyPatchToolParam
from .beta_code_interpreter_tool import BetaCodeInterpreterTool
from .beta_computer_tool import BetaComputerTool
from .beta_computer_use_preview_tool import BetaComputerUsePreviewTool
from .beta_custom_tool_param import BetaCustomToolParam
from .beta_file_search_tool import BetaFileSearchTool
from .beta_function_shell_tool_param import BetaFunctionShellToolParam
from .beta_function_tool import BetaFunctionTool
from .beta_image_gen_tool import BetaImageGenTool
from .beta_local_shell_tool_param import BetaLocalShellToolParam
from .beta_mcp_tool import BetaMCPTool
from .beta_namespace_tool_param import BetaNamespaceToolParam
from .beta_programmatic_tool_calling_param import BetaProgrammaticToolCallingParam
from .beta_tool_search_tool_param import BetaToolSearchToolParam
from .beta_web_search_preview_tool import BetaWebSearchPreviewTool
from .beta_web_search_tool import BetaWebSearchTool

__all__ = ["BetaTool"]

BetaTool: TypeAlias = Annotated[
    Annotated[BetaFunctionTool, pydantic.Tag("BetaFunctionTool")]
    | Annotated[BetaFileSearchTool, pydantic.Tag("BetaFileSearchTool")]
    | Annotated[BetaComputerTool, pydantic.Tag("BetaComputerTool")]
    | Annotated[BetaComputerUsePreviewTool, pydantic.Tag("BetaComputerUsePreviewTool")]
    | Annotated[BetaWebSearchTool, pydantic.Tag("BetaWebSearchTool")]
    | Annotated[BetaMCPTool, pydantic.Tag("BetaMCPTool")]
    | Annotated[BetaCodeInterpreterTool, pydantic.Tag("BetaCodeInterpreterTool")]
    | Annotated[
        BetaProgrammaticToolCallingParam,
        pydantic.Tag("BetaProgrammaticToolCallingParam"),
    ]
    | Annotated[BetaImageGenTool, pydantic.Tag("BetaImageGenTool")]
    | Annotated[BetaLocalShellToolParam, pydantic.Tag("BetaLocalShellToolParam")]
    | Annotated[BetaFunctionShellToolParam, pydantic.Tag("BetaFunctionShellToolParam")]
    | Annotated[BetaCustomToolParam, pydantic.Tag("BetaCustomToolParam")]
    | Annotated[BetaNamespaceToolParam, pydantic.Tag("BetaNamespaceToolParam")]
    | Annotated[BetaToolSearchToolParam, pydantic.Tag("BetaToolSearchToolParam")]
    | Annotated[BetaWebSearchPreviewTool, pydantic.Tag("BetaWebSearchPreviewTool")]
    | Annotated[BetaApplyPatchToolParam, pydantic.Tag("BetaApplyPatchToolParam")]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "function": "BetaFunctionTool",
            "file_search": "BetaFileSearchTool",
            "computer": "BetaComputerTool",
            "computer_use_preview": "BetaComputerUsePreviewTool",
            "web_search": "BetaWebSearchTool",
            "web_search_2025_08_26": "BetaWebSearchTool",
            "mcp": "BetaMCPTool",
            "code_interpreter": "BetaCodeInterpreterTool",
            "programmatic_tool_calling": "BetaProgrammaticToolCallingParam",
            "image_generation": "BetaImageGenTool",
            "local_shell": "BetaLocalShellToolParam",
            "shell": "BetaFunctionShellToolParam",
            "custom": "BetaCustomToolParam",
            "namespace": "BetaNamespaceToolParam",
            "tool_search": "BetaToolSearchToolParam",
            "web_search_preview": "BetaWebSearchPreviewTool",
            "web_search_preview_2025_03_11": "BetaWebSearchPreviewTool",
            "apply_patch": "BetaApplyPatchToolParam",
        },
    ),
]
"""A tool that can be used to generate a response."""

from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .additional_tools import AdditionalTools
from .apply_patch_tool_call import ApplyPatchToolCall
from .apply_patch_tool_call_output import ApplyPatchToolCallOutput
from .code_interpreter_tool_call import CodeInterpreterToolCall
from .compaction_body import CompactionBody
from .computer_tool_call import ComputerToolCall
from .computer_tool_call_output_resource import ComputerToolCallOutputResource
from .custom_tool_call import CustomToolCall
from .custom_tool_call_output_resource import CustomToolCallOutputResource
from .file_search_tool_call import FileSearchToolCall
from .function_shell_call import FunctionShellCall
from .function_shell_call_output import FunctionShellCallOutput
from .function_tool_call import FunctionToolCall
from .function_tool_call_output_resource import FunctionToolCallOutputResource
from .image_gen_tool_call import ImageGenToolCall
from .local_shell_tool_call import LocalShellToolCall
from .local_shell_tool_call_output import LocalShellToolCallOutput
from .mcp_approval_request import MCPApprovalRequest
from .mcp_approval_response_resource import MCPApprovalResponseResource
from .mcp_list_tools import MCPListTools
from .mcp_tool_call import MCPToolCall
from .output_message import OutputMessage
from .program import Program
from .program_output import ProgramOutput
from .reasoning_item import ReasoningItem
from .tool_search_call import ToolSearchCall
from .tool_search_output import ToolSearchOutput
from .web_search_tool_call import WebSearchToolCall

__all__ = ["OutputItem"]

OutputItem: TypeAlias = Annotated[
    Annotated[OutputMessage, pydantic.Tag("OutputMessage")]
    | Annotated[FileSearchToolCall, pydantic.Tag("FileSearchToolCall")]
    | Annotated[FunctionToolCall, pydantic.Tag("FunctionToolCall")]
    | Annotated[
        FunctionToolCallOutputResource, pydantic.Tag("FunctionToolCallOutputResource")
    ]
    | Annotated[WebSearchToolCall, pydantic.Tag("WebSearchToolCall")]
    | Annotated[ComputerToolCall, pydantic.Tag("ComputerToolCall")]
    | Annotated[
        ComputerToolCallOutputResource, pydantic.Tag("ComputerToolCallOutputResource")
    ]
    | Annotated[ReasoningItem, pydantic.Tag("ReasoningItem")]
    | Annotated[Program, pydantic.Tag("Program")]
    | Annotated[ProgramOutput, pydantic.Tag("ProgramOutput")]
    | Annotated[ToolSearchCall, pydantic.Tag("ToolSearchCall")]
    | Annotated[ToolSearchOutput, pydantic.Tag("ToolSearchOutput")]
    | Annotated[AdditionalTools, pydantic.Tag("AdditionalTools")]
    | Annotated[CompactionBody, pydantic.Tag("CompactionBody")]
    | Annotated[ImageGenToolCall, pydantic.Tag("ImageGenToolCall")]
    | Annotated[CodeInterpreterToolCall, pydantic.Tag("CodeInterpreterToolCall")]
    | Annotated[LocalShellToolCall, pydantic.Tag("LocalShellToolCall")]
    | Annotated[LocalShellToolCallOutput, pydantic.Tag("LocalShellToolCallOutput")]
    | Annotated[FunctionShellCall, pydantic.Tag("FunctionShellCall")]
    | Annotated[FunctionShellCallOutput, pydantic.Tag("FunctionShellCallOutput")]
    | Annotated[ApplyPatchToolCall, pydantic.Tag("ApplyPatchToolCall")]
    | Annotated[ApplyPatchToolCallOutput, pydantic.Tag("ApplyPatchToolCallOutput")]
    | Annotated[MCPToolCall, pydantic.Tag("MCPToolCall")]
    | Annotated[MCPListTools, pydantic.Tag("MCPListTools")]
    | Annotated[MCPApprovalRequest, pydantic.Tag("MCPApprovalRequest")]
    | Annotated[
        MCPApprovalResponseResource, pydantic.Tag("MCPApprovalResponseResource")
    ]
    | Annotated[CustomToolCall, pydantic.Tag("CustomToolCall")]
    | Annotated[
        CustomToolCallOutputResource, pydantic.Tag("CustomToolCallOutputResource")
    ]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "message": "OutputMessage",
            "file_search_call": "FileSearchToolCall",
            "function_call": "FunctionToolCall",
            "function_call_output": "FunctionToolCallOutputResource",
            "web_search_call": "WebSearchToolCall",
            "computer_call": "ComputerToolCall",
            "computer_call_output": "ComputerToolCallOutputResource",
            "reasoning": "ReasoningItem",
            "program": "Program",
            "program_output": "ProgramOutput",
            "tool_search_call": "ToolSearchCall",
            "tool_search_output": "ToolSearchOutput",
            "additional_tools": "AdditionalTools",
            "compaction": "CompactionBody",
            "image_generation_call": "ImageGenToolCall",
            "code_interpreter_call": "CodeInterpreterToolCall",
            "local_shell_call": "LocalShellToolCall",
            "local_shell_call_output": "LocalShellToolCallOutput",
            "shell_call": "FunctionShellCall",
            "shell_call_output": "FunctionShellCallOutput",
            "apply_patch_call": "ApplyPatchToolCall",
            "apply_patch_call_output": "ApplyPatchToolCallOutput",
            "mcp_call": "MCPToolCall",
            "mcp_list_tools": "MCPListTools",
            "mcp_approval_request": "MCPApprovalRequest",
            "mcp_approval_response": "MCPApprovalResponseResource",
            "custom_tool_call": "CustomToolCall",
            "custom_tool_call_output": "CustomToolCallOutputResource",
        },
    ),
]

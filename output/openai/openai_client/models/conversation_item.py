"""ConversationItem: A single item within a conversation. The set of possible types are
the same as the `output` type of a [Response
object](https://api.openai.com/docs/api-reference/responses/object#responses/object-output).
"""

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
from .custom_tool_call_output import CustomToolCallOutput
from .file_search_tool_call import FileSearchToolCall
from .function_shell_call import FunctionShellCall
from .function_shell_call_output import FunctionShellCallOutput
from .function_tool_call_output_resource import FunctionToolCallOutputResource
from .function_tool_call_resource import FunctionToolCallResource
from .image_gen_tool_call import ImageGenToolCall
from .local_shell_tool_call import LocalShellToolCall
from .local_shell_tool_call_output import LocalShellToolCallOutput
from .mcp_approval_request import MCPApprovalRequest
from .mcp_approval_response_resource import MCPApprovalResponseResource
from .mcp_list_tools import MCPListTools
from .mcp_tool_call import MCPToolCall
from .message import Message
from .program import Program
from .program_output import ProgramOutput
from .reasoning_item import ReasoningItem
from .tool_search_call import ToolSearchCall
from .tool_search_output import ToolSearchOutput
from .web_search_tool_call import WebSearchToolCall

__all__ = ["ConversationItem"]

ConversationItem: TypeAlias = Annotated[
    Annotated[Message, pydantic.Tag("Message")]
    | Annotated[FunctionToolCallResource, pydantic.Tag("FunctionToolCallResource")]
    | Annotated[
        FunctionToolCallOutputResource, pydantic.Tag("FunctionToolCallOutputResource")
    ]
    | Annotated[FileSearchToolCall, pydantic.Tag("FileSearchToolCall")]
    | Annotated[WebSearchToolCall, pydantic.Tag("WebSearchToolCall")]
    | Annotated[ImageGenToolCall, pydantic.Tag("ImageGenToolCall")]
    | Annotated[ComputerToolCall, pydantic.Tag("ComputerToolCall")]
    | Annotated[
        ComputerToolCallOutputResource, pydantic.Tag("ComputerToolCallOutputResource")
    ]
    | Annotated[ToolSearchCall, pydantic.Tag("ToolSearchCall")]
    | Annotated[ToolSearchOutput, pydantic.Tag("ToolSearchOutput")]
    | Annotated[AdditionalTools, pydantic.Tag("AdditionalTools")]
    | Annotated[ReasoningItem, pydantic.Tag("ReasoningItem")]
    | Annotated[Program, pydantic.Tag("Program")]
    | Annotated[ProgramOutput, pydantic.Tag("ProgramOutput")]
    | Annotated[CompactionBody, pydantic.Tag("CompactionBody")]
    | Annotated[CodeInterpreterToolCall, pydantic.Tag("CodeInterpreterToolCall")]
    | Annotated[LocalShellToolCall, pydantic.Tag("LocalShellToolCall")]
    | Annotated[LocalShellToolCallOutput, pydantic.Tag("LocalShellToolCallOutput")]
    | Annotated[FunctionShellCall, pydantic.Tag("FunctionShellCall")]
    | Annotated[FunctionShellCallOutput, pydantic.Tag("FunctionShellCallOutput")]
    | Annotated[ApplyPatchToolCall, pydantic.Tag("ApplyPatchToolCall")]
    | Annotated[ApplyPatchToolCallOutput, pydantic.Tag("ApplyPatchToolCallOutput")]
    | Annotated[MCPListTools, pydantic.Tag("MCPListTools")]
    | Annotated[MCPApprovalRequest, pydantic.Tag("MCPApprovalRequest")]
    | Annotated[
        MCPApprovalResponseResource, pydantic.Tag("MCPApprovalResponseResource")
    ]
    | Annotated[MCPToolCall, pydantic.Tag("MCPToolCall")]
    | Annotated[CustomToolCall, pydantic.Tag("CustomToolCall")]
    | Annotated[CustomToolCallOutput, pydantic.Tag("CustomToolCallOutput")]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "message": "Message",
            "function_call": "FunctionToolCallResource",
            "function_call_output": "FunctionToolCallOutputResource",
            "file_search_call": "FileSearchToolCall",
            "web_search_call": "WebSearchToolCall",
            "image_generation_call": "ImageGenToolCall",
            "computer_call": "ComputerToolCall",
            "computer_call_output": "ComputerToolCallOutputResource",
            "tool_search_call": "ToolSearchCall",
            "tool_search_output": "ToolSearchOutput",
            "additional_tools": "AdditionalTools",
            "reasoning": "ReasoningItem",
            "program": "Program",
            "program_output": "ProgramOutput",
            "compaction": "CompactionBody",
            "code_interpreter_call": "CodeInterpreterToolCall",
            "local_shell_call": "LocalShellToolCall",
            "local_shell_call_output": "LocalShellToolCallOutput",
            "shell_call": "FunctionShellCall",
            "shell_call_output": "FunctionShellCallOutput",
            "apply_patch_call": "ApplyPatchToolCall",
            "apply_patch_call_output": "ApplyPatchToolCallOutput",
            "mcp_list_tools": "MCPListTools",
            "mcp_approval_request": "MCPApprovalRequest",
            "mcp_approval_response": "MCPApprovalResponseResource",
            "mcp_call": "MCPToolCall",
            "custom_tool_call": "CustomToolCall",
            "custom_tool_call_output": "CustomToolCallOutput",
        },
    ),
]
"""A single item within a conversation. The set of possible types are the same as the
`output` type of a [Response
object](https://api.openai.com/docs/api-reference/responses/object#responses/object-output).
"""

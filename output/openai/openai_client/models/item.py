"""Item: Content item used to generate a response."""

from __future__ import annotations

from .input_message import InputMessage
from .output_message import OutputMessage
from .file_search_tool_call import FileSearchToolCall
from .computer_tool_call import ComputerToolCall
from .computer_call_output_item_param import ComputerCallOutputItemParam
from .web_search_tool_call import WebSearchToolCall
from .function_tool_call import FunctionToolCall
from .function_call_output_item_param import FunctionCallOutputItemParam
from .tool_search_call_item_param import ToolSearchCallItemParam
from .tool_search_output_item_param import ToolSearchOutputItemParam
from .additional_tools_item_param import AdditionalToolsItemParam
from .reasoning_item import ReasoningItem
from .compaction_summary_item_param import CompactionSummaryItemParam
from .image_gen_tool_call import ImageGenToolCall
from .code_interpreter_tool_call import CodeInterpreterToolCall
from .local_shell_tool_call import LocalShellToolCall
from .local_shell_tool_call_output import LocalShellToolCallOutput
from .function_shell_call_item_param import FunctionShellCallItemParam
from .function_shell_call_output_item_param import FunctionShellCallOutputItemParam
from .apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam
from .apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParam
from .mcp_list_tools import MCPListTools
from .mcp_approval_request import MCPApprovalRequest
from .mcp_approval_response import MCPApprovalResponse
from .mcp_tool_call import MCPToolCall
from .custom_tool_call_output import CustomToolCallOutput
from .custom_tool_call import CustomToolCall
from typing_extensions import TypeAlias

__all__ = ["Item"]

Item: TypeAlias = (
    InputMessage
    | OutputMessage
    | FileSearchToolCall
    | ComputerToolCall
    | ComputerCallOutputItemParam
    | WebSearchToolCall
    | FunctionToolCall
    | FunctionCallOutputItemParam
    | ToolSearchCallItemParam
    | ToolSearchOutputItemParam
    | AdditionalToolsItemParam
    | ReasoningItem
    | CompactionSummaryItemParam
    | ImageGenToolCall
    | CodeInterpreterToolCall
    | LocalShellToolCall
    | LocalShellToolCallOutput
    | FunctionShellCallItemParam
    | FunctionShellCallOutputItemParam
    | ApplyPatchToolCallItemParam
    | ApplyPatchToolCallOutputItemParam
    | MCPListTools
    | MCPApprovalRequest
    | MCPApprovalResponse
    | MCPToolCall
    | CustomToolCallOutput
    | CustomToolCall
)
"""Content item used to generate a response."""

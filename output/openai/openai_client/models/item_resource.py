"""ItemResource: Content item used to generate a response."""

from __future__ import annotations

from .input_message_resource import InputMessageResource
from .output_message import OutputMessage
from .file_search_tool_call import FileSearchToolCall
from .computer_tool_call import ComputerToolCall
from .computer_tool_call_output_resource import ComputerToolCallOutputResource
from .web_search_tool_call import WebSearchToolCall
from .function_tool_call_resource import FunctionToolCallResource
from .function_tool_call_output_resource import FunctionToolCallOutputResource
from .tool_search_call import ToolSearchCall
from .tool_search_output import ToolSearchOutput
from .additional_tools import AdditionalTools
from .reasoning_item import ReasoningItem
from .program import Program
from .program_output import ProgramOutput
from .compaction_body import CompactionBody
from .image_gen_tool_call import ImageGenToolCall
from .code_interpreter_tool_call import CodeInterpreterToolCall
from .local_shell_tool_call import LocalShellToolCall
from .local_shell_tool_call_output import LocalShellToolCallOutput
from .function_shell_call import FunctionShellCall
from .function_shell_call_output import FunctionShellCallOutput
from .apply_patch_tool_call import ApplyPatchToolCall
from .apply_patch_tool_call_output import ApplyPatchToolCallOutput
from .mcp_list_tools import MCPListTools
from .mcp_approval_request import MCPApprovalRequest
from .mcp_approval_response_resource import MCPApprovalResponseResource
from .mcp_tool_call import MCPToolCall
from .custom_tool_call_resource import CustomToolCallResource
from .custom_tool_call_output_resource import CustomToolCallOutputResource
from typing_extensions import TypeAlias

__all__ = ["ItemResource"]

ItemResource: TypeAlias = (
    InputMessageResource
    | OutputMessage
    | FileSearchToolCall
    | ComputerToolCall
    | ComputerToolCallOutputResource
    | WebSearchToolCall
    | FunctionToolCallResource
    | FunctionToolCallOutputResource
    | ToolSearchCall
    | ToolSearchOutput
    | AdditionalTools
    | ReasoningItem
    | Program
    | ProgramOutput
    | CompactionBody
    | ImageGenToolCall
    | CodeInterpreterToolCall
    | LocalShellToolCall
    | LocalShellToolCallOutput
    | FunctionShellCall
    | FunctionShellCallOutput
    | ApplyPatchToolCall
    | ApplyPatchToolCallOutput
    | MCPListTools
    | MCPApprovalRequest
    | MCPApprovalResponseResource
    | MCPToolCall
    | CustomToolCallResource
    | CustomToolCallOutputResource
)
"""Content item used to generate a response."""

"""ResponsesServerEvent: Server events emitted by the Responses WebSocket server."""

from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .response_ws_error import ResponseWsError
from .responses_server_event_response_audio_transcript_ws_delta import (
    ResponsesServerEventResponseAudioTranscriptWsDelta,
)
from .responses_server_event_response_audio_transcript_ws_done import (
    ResponsesServerEventResponseAudioTranscriptWsDone,
)
from .responses_server_event_response_audio_ws_delta import (
    ResponsesServerEventResponseAudioWsDelta,
)
from .responses_server_event_response_audio_ws_done import (
    ResponsesServerEventResponseAudioWsDone,
)
from .responses_server_event_response_code_interpreter_call_code_ws_delta import (
    ResponsesServerEventResponseCodeInterpreterCallCodeWsDelta,
)
from .responses_server_event_response_code_interpreter_call_code_ws_done import (
    ResponsesServerEventResponseCodeInterpreterCallCodeWsDone,
)
from .responses_server_event_response_code_interpreter_call_in_ws_progress import (
    ResponsesServerEventResponseCodeInterpreterCallInWsProgress,
)
from .responses_server_event_response_code_interpreter_call_ws_completed import (
    ResponsesServerEventResponseCodeInterpreterCallWsCompleted,
)
from .responses_server_event_response_code_interpreter_call_ws_interpreting import (
    ResponsesServerEventResponseCodeInterpreterCallWsInterpreting,
)
from .responses_server_event_response_content_part_ws_added import (
    ResponsesServerEventResponseContentPartWsAdded,
)
from .responses_server_event_response_content_part_ws_done import (
    ResponsesServerEventResponseContentPartWsDone,
)
from .responses_server_event_response_custom_tool_call_input_ws_delta import (
    ResponsesServerEventResponseCustomToolCallInputWsDelta,
)
from .responses_server_event_response_custom_tool_call_input_ws_done import (
    ResponsesServerEventResponseCustomToolCallInputWsDone,
)
from .responses_server_event_response_file_search_call_in_ws_progress import (
    ResponsesServerEventResponseFileSearchCallInWsProgress,
)
from .responses_server_event_response_file_search_call_ws_completed import (
    ResponsesServerEventResponseFileSearchCallWsCompleted,
)
from .responses_server_event_response_file_search_call_ws_searching import (
    ResponsesServerEventResponseFileSearchCallWsSearching,
)
from .responses_server_event_response_function_call_arguments_ws_delta import (
    ResponsesServerEventResponseFunctionCallArgumentsWsDelta,
)
from .responses_server_event_response_function_call_arguments_ws_done import (
    ResponsesServerEventResponseFunctionCallArgumentsWsDone,
)
from .responses_server_event_response_image_gen_call_in_ws_progress import (
    ResponsesServerEventResponseImageGenCallInWsProgress,
)
from .responses_server_event_response_image_gen_call_partial_ws_image import (
    ResponsesServerEventResponseImageGenCallPartialWsImage,
)
from .responses_server_event_response_image_gen_call_ws_completed import (
    ResponsesServerEventResponseImageGenCallWsCompleted,
)
from .responses_server_event_response_image_gen_call_ws_generating import (
    ResponsesServerEventResponseImageGenCallWsGenerating,
)
from .responses_server_event_response_in_ws_progress import (
    ResponsesServerEventResponseInWsProgress,
)
from .responses_server_event_response_mcp_call_arguments_ws_delta import (
    ResponsesServerEventResponseMcpCallArgumentsWsDelta,
)
from .responses_server_event_response_mcp_call_arguments_ws_done import (
    ResponsesServerEventResponseMcpCallArgumentsWsDone,
)
from .responses_server_event_response_mcp_call_in_ws_progress import (
    ResponsesServerEventResponseMcpCallInWsProgress,
)
from .responses_server_event_response_mcp_call_ws_completed import (
    ResponsesServerEventResponseMcpCallWsCompleted,
)
from .responses_server_event_response_mcp_call_ws_failed import (
    ResponsesServerEventResponseMcpCallWsFailed,
)
from .responses_server_event_response_mcp_list_tools_in_ws_progress import (
    ResponsesServerEventResponseMcpListToolsInWsProgress,
)
from .responses_server_event_response_mcp_list_tools_ws_completed import (
    ResponsesServerEventResponseMcpListToolsWsCompleted,
)
from .responses_server_event_response_mcp_list_tools_ws_failed import (
    ResponsesServerEventResponseMcpListToolsWsFailed,
)
from .responses_server_event_response_output_item_ws_added import (
    ResponsesServerEventResponseOutputItemWsAdded,
)
from .responses_server_event_response_output_item_ws_done import (
    ResponsesServerEventResponseOutputItemWsDone,
)
from .responses_server_event_response_output_text_annotation_ws_added import (
    ResponsesServerEventResponseOutputTextAnnotationWsAdded,
)
from .responses_server_event_response_reasoning_summary_part_ws_added import (
    ResponsesServerEventResponseReasoningSummaryPartWsAdded,
)
from .responses_server_event_response_reasoning_summary_part_ws_done import (
    ResponsesServerEventResponseReasoningSummaryPartWsDone,
)
from .responses_server_event_response_reasoning_summary_text_ws_delta import (
    ResponsesServerEventResponseReasoningSummaryTextWsDelta,
)
from .responses_server_event_response_reasoning_summary_text_ws_done import (
    ResponsesServerEventResponseReasoningSummaryTextWsDone,
)
from .responses_server_event_response_reasoning_text_ws_delta import (
    ResponsesServerEventResponseReasoningTextWsDelta,
)
from .responses_server_event_response_reasoning_text_ws_done import (
    ResponsesServerEventResponseReasoningTextWsDone,
)
from .responses_server_event_response_refusal_ws_delta import (
    ResponsesServerEventResponseRefusalWsDelta,
)
from .responses_server_event_response_refusal_ws_done import (
    ResponsesServerEventResponseRefusalWsDone,
)
from .responses_server_event_response_shell_call_command_ws_added import (
    ResponsesServerEventResponseShellCallCommandWsAdded,
)
from .responses_server_event_response_shell_call_command_ws_delta import (
    ResponsesServerEventResponseShellCallCommandWsDelta,
)
from .responses_server_event_response_shell_call_command_ws_done import (
    ResponsesServerEventResponseShellCallCommandWsDone,
)
from .responses_server_event_response_shell_call_output_content_ws_delta import (
    ResponsesServerEventResponseShellCallOutputContentWsDelta,
)
from .responses_server_event_response_shell_call_output_content_ws_done import (
    ResponsesServerEventResponseShellCallOutputContentWsDone,
)
from .responses_server_event_response_text_ws_delta import (
    ResponsesServerEventResponseTextWsDelta,
)
from .responses_server_event_response_text_ws_done import (
    ResponsesServerEventResponseTextWsDone,
)
from .responses_server_event_response_web_search_call_in_ws_progress import (
    ResponsesServerEventResponseWebSearchCallInWsProgress,
)
from .responses_server_event_response_web_search_call_ws_completed import (
    ResponsesServerEventResponseWebSearchCallWsCompleted,
)
from .responses_server_event_response_web_search_call_ws_searching import (
    ResponsesServerEventResponseWebSearchCallWsSearching,
)
from .responses_server_event_response_ws_completed import (
    ResponsesServerEventResponseWsCompleted,
)
from .responses_server_event_response_ws_created import (
    ResponsesServerEventResponseWsCreated,
)
from .responses_server_event_response_ws_failed import (
    ResponsesServerEventResponseWsFailed,
)
from .responses_server_event_response_ws_incomplete import (
    ResponsesServerEventResponseWsIncomplete,
)
from .responses_server_event_response_ws_queued import (
    ResponsesServerEventResponseWsQueued,
)

__all__ = ["ResponsesServerEvent"]

ResponsesServerEvent: TypeAlias = Annotated[
    Annotated[
        ResponsesServerEventResponseAudioWsDelta,
        pydantic.Tag("ResponsesServerEventResponseAudioWsDelta"),
    ]
    | Annotated[
        ResponsesServerEventResponseAudioWsDone,
        pydantic.Tag("ResponsesServerEventResponseAudioWsDone"),
    ]
    | Annotated[
        ResponsesServerEventResponseAudioTranscriptWsDelta,
        pydantic.Tag("ResponsesServerEventResponseAudioTranscriptWsDelta"),
    ]
    | Annotated[
        ResponsesServerEventResponseAudioTranscriptWsDone,
        pydantic.Tag("ResponsesServerEventResponseAudioTranscriptWsDone"),
    ]
    | Annotated[
        ResponsesServerEventResponseCodeInterpreterCallCodeWsDelta,
        pydantic.Tag("ResponsesServerEventResponseCodeInterpreterCallCodeWsDelta"),
    ]
    | Annotated[
        ResponsesServerEventResponseCodeInterpreterCallCodeWsDone,
        pydantic.Tag("ResponsesServerEventResponseCodeInterpreterCallCodeWsDone"),
    ]
    | Annotated[
        ResponsesServerEventResponseCodeInterpreterCallWsCompleted,
        pydantic.Tag("ResponsesServerEventResponseCodeInterpreterCallWsCompleted"),
    ]
    | Annotated[
        ResponsesServerEventResponseCodeInterpreterCallInWsProgress,
        pydantic.Tag("ResponsesServerEventResponseCodeInterpreterCallInWsProgress"),
    ]
    | Annotated[
        ResponsesServerEventResponseCodeInterpreterCallWsInterpreting,
        pydantic.Tag("ResponsesServerEventResponseCodeInterpreterCallWsInterpreting"),
    ]
    | Annotated[
        ResponsesServerEventResponseWsCompleted,
        pydantic.Tag("ResponsesServerEventResponseWsCompleted"),
    ]
    | Annotated[
        ResponsesServerEventResponseContentPartWsAdded,
        pydantic.Tag("ResponsesServerEventResponseContentPartWsAdded"),
    ]
    | Annotated[
        ResponsesServerEventResponseContentPartWsDone,
        pydantic.Tag("ResponsesServerEventResponseContentPartWsDone"),
    ]
    | Annotated[
        ResponsesServerEventResponseWsCreated,
        pydantic.Tag("ResponsesServerEventResponseWsCreated"),
    ]
    | Annotated[
        ResponsesServerEventResponseFileSearchCallWsCompleted,
        pydantic.Tag("ResponsesServerEventResponseFileSearchCallWsCompleted"),
    ]
    | Annotated[
        ResponsesServerEventResponseFileSearchCallInWsProgress,
        pydantic.Tag("ResponsesServerEventResponseFileSearchCallInWsProgress"),
    ]
    | Annotated[
        ResponsesServerEventResponseFileSearchCallWsSearching,
        pydantic.Tag("ResponsesServerEventResponseFileSearchCallWsSearching"),
    ]
    | Annotated[
        ResponsesServerEventResponseFunctionCallArgumentsWsDelta,
        pydantic.Tag("ResponsesServerEventResponseFunctionCallArgumentsWsDelta"),
    ]
    | Annotated[
        ResponsesServerEventResponseFunctionCallArgumentsWsDone,
        pydantic.Tag("ResponsesServerEventResponseFunctionCallArgumentsWsDone"),
    ]
    | Annotated[
        ResponsesServerEventResponseShellCallCommandWsAdded,
        pydantic.Tag("ResponsesServerEventResponseShellCallCommandWsAdded"),
    ]
    | Annotated[
        ResponsesServerEventResponseShellCallCommandWsDelta,
        pydantic.Tag("ResponsesServerEventResponseShellCallCommandWsDelta"),
    ]
    | Annotated[
        ResponsesServerEventResponseShellCallCommandWsDone,
        pydantic.Tag("ResponsesServerEventResponseShellCallCommandWsDone"),
    ]
    | Annotated[
        ResponsesServerEventResponseShellCallOutputContentWsDelta,
        pydantic.Tag("ResponsesServerEventResponseShellCallOutputContentWsDelta"),
    ]
    | Annotated[
        ResponsesServerEventResponseShellCallOutputContentWsDone,
        pydantic.Tag("ResponsesServerEventResponseShellCallOutputContentWsDone"),
    ]
    | Annotated[
        ResponsesServerEventResponseInWsProgress,
        pydantic.Tag("ResponsesServerEventResponseInWsProgress"),
    ]
    | Annotated[
        ResponsesServerEventResponseWsFailed,
        pydantic.Tag("ResponsesServerEventResponseWsFailed"),
    ]
    | Annotated[
        ResponsesServerEventResponseWsIncomplete,
        pydantic.Tag("ResponsesServerEventResponseWsIncomplete"),
    ]
    | Annotated[
        ResponsesServerEventResponseOutputItemWsAdded,
        pydantic.Tag("ResponsesServerEventResponseOutputItemWsAdded"),
    ]
    | Annotated[
        ResponsesServerEventResponseOutputItemWsDone,
        pydantic.Tag("ResponsesServerEventResponseOutputItemWsDone"),
    ]
    | Annotated[
        ResponsesServerEventResponseReasoningSummaryPartWsAdded,
        pydantic.Tag("ResponsesServerEventResponseReasoningSummaryPartWsAdded"),
    ]
    | Annotated[
        ResponsesServerEventResponseReasoningSummaryPartWsDone,
        pydantic.Tag("ResponsesServerEventResponseReasoningSummaryPartWsDone"),
    ]
    | Annotated[
        ResponsesServerEventResponseReasoningSummaryTextWsDelta,
        pydantic.Tag("ResponsesServerEventResponseReasoningSummaryTextWsDelta"),
    ]
    | Annotated[
        ResponsesServerEventResponseReasoningSummaryTextWsDone,
        pydantic.Tag("ResponsesServerEventResponseReasoningSummaryTextWsDone"),
    ]
    | Annotated[
        ResponsesServerEventResponseReasoningTextWsDelta,
        pydantic.Tag("ResponsesServerEventResponseReasoningTextWsDelta"),
    ]
    | Annotated[
        ResponsesServerEventResponseReasoningTextWsDone,
        pydantic.Tag("ResponsesServerEventResponseReasoningTextWsDone"),
    ]
    | Annotated[
        ResponsesServerEventResponseRefusalWsDelta,
        pydantic.Tag("ResponsesServerEventResponseRefusalWsDelta"),
    ]
    | Annotated[
        ResponsesServerEventResponseRefusalWsDone,
        pydantic.Tag("ResponsesServerEventResponseRefusalWsDone"),
    ]
    | Annotated[
        ResponsesServerEventResponseTextWsDelta,
        pydantic.Tag("ResponsesServerEventResponseTextWsDelta"),
    ]
    | Annotated[
        ResponsesServerEventResponseTextWsDone,
        pydantic.Tag("ResponsesServerEventResponseTextWsDone"),
    ]
    | Annotated[
        ResponsesServerEventResponseWebSearchCallWsCompleted,
        pydantic.Tag("ResponsesServerEventResponseWebSearchCallWsCompleted"),
    ]
    | Annotated[
        ResponsesServerEventResponseWebSearchCallInWsProgress,
        pydantic.Tag("ResponsesServerEventResponseWebSearchCallInWsProgress"),
    ]
    | Annotated[
        ResponsesServerEventResponseWebSearchCallWsSearching,
        pydantic.Tag("ResponsesServerEventResponseWebSearchCallWsSearching"),
    ]
    | Annotated[
        ResponsesServerEventResponseImageGenCallWsCompleted,
        pydantic.Tag("ResponsesServerEventResponseImageGenCallWsCompleted"),
    ]
    | Annotated[
        ResponsesServerEventResponseImageGenCallWsGenerating,
        pydantic.Tag("ResponsesServerEventResponseImageGenCallWsGenerating"),
    ]
    | Annotated[
        ResponsesServerEventResponseImageGenCallInWsProgress,
        pydantic.Tag("ResponsesServerEventResponseImageGenCallInWsProgress"),
    ]
    | Annotated[
        ResponsesServerEventResponseImageGenCallPartialWsImage,
        pydantic.Tag("ResponsesServerEventResponseImageGenCallPartialWsImage"),
    ]
    | Annotated[
        ResponsesServerEventResponseMcpCallArgumentsWsDelta,
        pydantic.Tag("ResponsesServerEventResponseMcpCallArgumentsWsDelta"),
    ]
    | Annotated[
        ResponsesServerEventResponseMcpCallArgumentsWsDone,
        pydantic.Tag("ResponsesServerEventResponseMcpCallArgumentsWsDone"),
    ]
    | Annotated[
        ResponsesServerEventResponseMcpCallWsCompleted,
        pydantic.Tag("ResponsesServerEventResponseMcpCallWsCompleted"),
    ]
    | Annotated[
        ResponsesServerEventResponseMcpCallWsFailed,
        pydantic.Tag("ResponsesServerEventResponseMcpCallWsFailed"),
    ]
    | Annotated[
        ResponsesServerEventResponseMcpCallInWsProgress,
        pydantic.Tag("ResponsesServerEventResponseMcpCallInWsProgress"),
    ]
    | Annotated[
        ResponsesServerEventResponseMcpListToolsWsCompleted,
        pydantic.Tag("ResponsesServerEventResponseMcpListToolsWsCompleted"),
    ]
    | Annotated[
        ResponsesServerEventResponseMcpListToolsWsFailed,
        pydantic.Tag("ResponsesServerEventResponseMcpListToolsWsFailed"),
    ]
    | Annotated[
        ResponsesServerEventResponseMcpListToolsInWsProgress,
        pydantic.Tag("ResponsesServerEventResponseMcpListToolsInWsProgress"),
    ]
    | Annotated[
        ResponsesServerEventResponseOutputTextAnnotationWsAdded,
        pydantic.Tag("ResponsesServerEventResponseOutputTextAnnotationWsAdded"),
    ]
    | Annotated[
        ResponsesServerEventResponseWsQueued,
        pydantic.Tag("ResponsesServerEventResponseWsQueued"),
    ]
    | Annotated[
        ResponsesServerEventResponseCustomToolCallInputWsDelta,
        pydantic.Tag("ResponsesServerEventResponseCustomToolCallInputWsDelta"),
    ]
    | Annotated[
        ResponsesServerEventResponseCustomToolCallInputWsDone,
        pydantic.Tag("ResponsesServerEventResponseCustomToolCallInputWsDone"),
    ]
    | Annotated[ResponseWsError, pydantic.Tag("ResponseWsError")]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "response.audio.delta": "ResponsesServerEventResponseAudioWsDelta",
            "response.audio.done": "ResponsesServerEventResponseAudioWsDone",
            "response.audio.transcript.delta": "ResponsesServerEventResponseAudioTranscriptWsDelta",
            "response.audio.transcript.done": "ResponsesServerEventResponseAudioTranscriptWsDone",
            "response.code_interpreter_call_code.delta": "ResponsesServerEventResponseCodeInterpreterCallCodeWsDelta",
            "response.code_interpreter_call_code.done": "ResponsesServerEventResponseCodeInterpreterCallCodeWsDone",
            "response.code_interpreter_call.completed": "ResponsesServerEventResponseCodeInterpreterCallWsCompleted",
            "response.code_interpreter_call.in_progress": "ResponsesServerEventResponseCodeInterpreterCallInWsProgress",
            "response.code_interpreter_call.interpreting": "ResponsesServerEventResponseCodeInterpreterCallWsInterpreting",
            "response.completed": "ResponsesServerEventResponseWsCompleted",
            "response.content_part.added": "ResponsesServerEventResponseContentPartWsAdded",
            "response.content_part.done": "ResponsesServerEventResponseContentPartWsDone",
            "response.created": "ResponsesServerEventResponseWsCreated",
            "response.file_search_call.completed": "ResponsesServerEventResponseFileSearchCallWsCompleted",
            "response.file_search_call.in_progress": "ResponsesServerEventResponseFileSearchCallInWsProgress",
            "response.file_search_call.searching": "ResponsesServerEventResponseFileSearchCallWsSearching",
            "response.function_call_arguments.delta": "ResponsesServerEventResponseFunctionCallArgumentsWsDelta",
            "response.function_call_arguments.done": "ResponsesServerEventResponseFunctionCallArgumentsWsDone",
            "response.shell_call_command.added": "ResponsesServerEventResponseShellCallCommandWsAdded",
            "response.shell_call_command.delta": "ResponsesServerEventResponseShellCallCommandWsDelta",
            "response.shell_call_command.done": "ResponsesServerEventResponseShellCallCommandWsDone",
            "response.shell_call_output_content.delta": "ResponsesServerEventResponseShellCallOutputContentWsDelta",
            "response.shell_call_output_content.done": "ResponsesServerEventResponseShellCallOutputContentWsDone",
            "response.in_progress": "ResponsesServerEventResponseInWsProgress",
            "response.failed": "ResponsesServerEventResponseWsFailed",
            "response.incomplete": "ResponsesServerEventResponseWsIncomplete",
            "response.output_item.added": "ResponsesServerEventResponseOutputItemWsAdded",
            "response.output_item.done": "ResponsesServerEventResponseOutputItemWsDone",
            "response.reasoning_summary_part.added": "ResponsesServerEventResponseReasoningSummaryPartWsAdded",
            "response.reasoning_summary_part.done": "ResponsesServerEventResponseReasoningSummaryPartWsDone",
            "response.reasoning_summary_text.delta": "ResponsesServerEventResponseReasoningSummaryTextWsDelta",
            "response.reasoning_summary_text.done": "ResponsesServerEventResponseReasoningSummaryTextWsDone",
            "response.reasoning_text.delta": "ResponsesServerEventResponseReasoningTextWsDelta",
            "response.reasoning_text.done": "ResponsesServerEventResponseReasoningTextWsDone",
            "response.refusal.delta": "ResponsesServerEventResponseRefusalWsDelta",
            "response.refusal.done": "ResponsesServerEventResponseRefusalWsDone",
            "response.output_text.delta": "ResponsesServerEventResponseTextWsDelta",
            "response.output_text.done": "ResponsesServerEventResponseTextWsDone",
            "response.web_search_call.completed": "ResponsesServerEventResponseWebSearchCallWsCompleted",
            "response.web_search_call.in_progress": "ResponsesServerEventResponseWebSearchCallInWsProgress",
            "response.web_search_call.searching": "ResponsesServerEventResponseWebSearchCallWsSearching",
            "response.image_generation_call.completed": "ResponsesServerEventResponseImageGenCallWsCompleted",
            "response.image_generation_call.generating": "ResponsesServerEventResponseImageGenCallWsGenerating",
            "response.image_generation_call.in_progress": "ResponsesServerEventResponseImageGenCallInWsProgress",
            "response.image_generation_call.partial_image": "ResponsesServerEventResponseImageGenCallPartialWsImage",
            "response.mcp_call_arguments.delta": "ResponsesServerEventResponseMcpCallArgumentsWsDelta",
            "response.mcp_call_arguments.done": "ResponsesServerEventResponseMcpCallArgumentsWsDone",
            "response.mcp_call.completed": "ResponsesServerEventResponseMcpCallWsCompleted",
            "response.mcp_call.failed": "ResponsesServerEventResponseMcpCallWsFailed",
            "response.mcp_call.in_progress": "ResponsesServerEventResponseMcpCallInWsProgress",
            "response.mcp_list_tools.completed": "ResponsesServerEventResponseMcpListToolsWsCompleted",
            "response.mcp_list_tools.failed": "ResponsesServerEventResponseMcpListToolsWsFailed",
            "response.mcp_list_tools.in_progress": "ResponsesServerEventResponseMcpListToolsInWsProgress",
            "response.output_text.annotation.added": "ResponsesServerEventResponseOutputTextAnnotationWsAdded",
            "response.queued": "ResponsesServerEventResponseWsQueued",
            "response.custom_tool_call_input.delta": "ResponsesServerEventResponseCustomToolCallInputWsDelta",
            "response.custom_tool_call_input.done": "ResponsesServerEventResponseCustomToolCallInputWsDone",
            "error": "ResponseWsError",
        },
    ),
]
"""Server events emitted by the Responses WebSocket server."""

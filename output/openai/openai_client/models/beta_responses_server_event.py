"""BetaResponsesServerEvent: Server events emitted by the Responses WebSocket server."""

from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .beta_response_inject_created_event import BetaResponseInjectCreatedEvent
from .beta_response_inject_failed_event import BetaResponseInjectFailedEvent
from .beta_response_ws_error import BetaResponseWsError
from .beta_responses_server_event_beta_response_audio_transcript_ws_delta import (
    BetaResponsesServerEventBetaResponseAudioTranscriptWsDelta,
)
from .beta_responses_server_event_beta_response_audio_transcript_ws_done import (
    BetaResponsesServerEventBetaResponseAudioTranscriptWsDone,
)
from .beta_responses_server_event_beta_response_audio_ws_delta import (
    BetaResponsesServerEventBetaResponseAudioWsDelta,
)
from .beta_responses_server_event_beta_response_audio_ws_done import (
    BetaResponsesServerEventBetaResponseAudioWsDone,
)
from .beta_responses_server_event_beta_response_code_interpreter_call_code_ws_delta import (
    BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDelta,
)
from .beta_responses_server_event_beta_response_code_interpreter_call_code_ws_done import (
    BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDone,
)
from .beta_responses_server_event_beta_response_code_interpreter_call_in_ws_progress import (
    BetaResponsesServerEventBetaResponseCodeInterpreterCallInWsProgress,
)
from .beta_responses_server_event_beta_response_code_interpreter_call_ws_completed import (
    BetaResponsesServerEventBetaResponseCodeInterpreterCallWsCompleted,
)
from .beta_responses_server_event_beta_response_code_interpreter_call_ws_interpreting import (
    BetaResponsesServerEventBetaResponseCodeInterpreterCallWsInterpreting,
)
from .beta_responses_server_event_beta_response_content_part_ws_added import (
    BetaResponsesServerEventBetaResponseContentPartWsAdded,
)
from .beta_responses_server_event_beta_response_content_part_ws_done import (
    BetaResponsesServerEventBetaResponseContentPartWsDone,
)
from .beta_responses_server_event_beta_response_custom_tool_call_input_ws_delta import (
    BetaResponsesServerEventBetaResponseCustomToolCallInputWsDelta,
)
from .beta_responses_server_event_beta_response_custom_tool_call_input_ws_done import (
    BetaResponsesServerEventBetaResponseCustomToolCallInputWsDone,
)
from .beta_responses_server_event_beta_response_file_search_call_in_ws_progress import (
    BetaResponsesServerEventBetaResponseFileSearchCallInWsProgress,
)
from .beta_responses_server_event_beta_response_file_search_call_ws_completed import (
    BetaResponsesServerEventBetaResponseFileSearchCallWsCompleted,
)
from .beta_responses_server_event_beta_response_file_search_call_ws_searching import (
    BetaResponsesServerEventBetaResponseFileSearchCallWsSearching,
)
from .beta_responses_server_event_beta_response_function_call_arguments_ws_delta import (
    BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDelta,
)
from .beta_responses_server_event_beta_response_function_call_arguments_ws_done import (
    BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDone,
)
from .beta_responses_server_event_beta_response_image_gen_call_in_ws_progress import (
    BetaResponsesServerEventBetaResponseImageGenCallInWsProgress,
)
from .beta_responses_server_event_beta_response_image_gen_call_partial_ws_image import (
    BetaResponsesServerEventBetaResponseImageGenCallPartialWsImage,
)
from .beta_responses_server_event_beta_response_image_gen_call_ws_completed import (
    BetaResponsesServerEventBetaResponseImageGenCallWsCompleted,
)
from .beta_responses_server_event_beta_response_image_gen_call_ws_generating import (
    BetaResponsesServerEventBetaResponseImageGenCallWsGenerating,
)
from .beta_responses_server_event_beta_response_in_ws_progress import (
    BetaResponsesServerEventBetaResponseInWsProgress,
)
from .beta_responses_server_event_beta_response_mcp_call_arguments_ws_delta import (
    BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDelta,
)
from .beta_responses_server_event_beta_response_mcp_call_arguments_ws_done import (
    BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDone,
)
from .beta_responses_server_event_beta_response_mcp_call_in_ws_progress import (
    BetaResponsesServerEventBetaResponseMcpCallInWsProgress,
)
from .beta_responses_server_event_beta_response_mcp_call_ws_completed import (
    BetaResponsesServerEventBetaResponseMcpCallWsCompleted,
)
from .beta_responses_server_event_beta_response_mcp_call_ws_failed import (
    BetaResponsesServerEventBetaResponseMcpCallWsFailed,
)
from .beta_responses_server_event_beta_response_mcp_list_tools_in_ws_progress import (
    BetaResponsesServerEventBetaResponseMcpListToolsInWsProgress,
)
from .beta_responses_server_event_beta_response_mcp_list_tools_ws_completed import (
    BetaResponsesServerEventBetaResponseMcpListToolsWsCompleted,
)
from .beta_responses_server_event_beta_response_mcp_list_tools_ws_failed import (
    BetaResponsesServerEventBetaResponseMcpListToolsWsFailed,
)
from .beta_responses_server_event_beta_response_output_item_ws_added import (
    BetaResponsesServerEventBetaResponseOutputItemWsAdded,
)
from .beta_responses_server_event_beta_response_output_item_ws_done import (
    BetaResponsesServerEventBetaResponseOutputItemWsDone,
)
from .beta_responses_server_event_beta_response_output_text_annotation_ws_added import (
    BetaResponsesServerEventBetaResponseOutputTextAnnotationWsAdded,
)
from .beta_responses_server_event_beta_response_reasoning_summary_part_ws_added import (
    BetaResponsesServerEventBetaResponseReasoningSummaryPartWsAdded,
)
from .beta_responses_server_event_beta_response_reasoning_summary_part_ws_done import (
    BetaResponsesServerEventBetaResponseReasoningSummaryPartWsDone,
)
from .beta_responses_server_event_beta_response_reasoning_summary_text_ws_delta import (
    BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDelta,
)
from .beta_responses_server_event_beta_response_reasoning_summary_text_ws_done import (
    BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDone,
)
from .beta_responses_server_event_beta_response_reasoning_text_ws_delta import (
    BetaResponsesServerEventBetaResponseReasoningTextWsDelta,
)
from .beta_responses_server_event_beta_response_reasoning_text_ws_done import (
    BetaResponsesServerEventBetaResponseReasoningTextWsDone,
)
from .beta_responses_server_event_beta_response_refusal_ws_delta import (
    BetaResponsesServerEventBetaResponseRefusalWsDelta,
)
from .beta_responses_server_event_beta_response_refusal_ws_done import (
    BetaResponsesServerEventBetaResponseRefusalWsDone,
)
from .beta_responses_server_event_beta_response_shell_call_command_ws_added import (
    BetaResponsesServerEventBetaResponseShellCallCommandWsAdded,
)
from .beta_responses_server_event_beta_response_shell_call_command_ws_delta import (
    BetaResponsesServerEventBetaResponseShellCallCommandWsDelta,
)
from .beta_responses_server_event_beta_response_shell_call_command_ws_done import (
    BetaResponsesServerEventBetaResponseShellCallCommandWsDone,
)
from .beta_responses_server_event_beta_response_shell_call_output_content_ws_delta import (
    BetaResponsesServerEventBetaResponseShellCallOutputContentWsDelta,
)
from .beta_responses_server_event_beta_response_shell_call_output_content_ws_done import (
    BetaResponsesServerEventBetaResponseShellCallOutputContentWsDone,
)
from .beta_responses_server_event_beta_response_text_ws_delta import (
    BetaResponsesServerEventBetaResponseTextWsDelta,
)
from .beta_responses_server_event_beta_response_text_ws_done import (
    BetaResponsesServerEventBetaResponseTextWsDone,
)
from .beta_responses_server_event_beta_response_web_search_call_in_ws_progress import (
    BetaResponsesServerEventBetaResponseWebSearchCallInWsProgress,
)
from .beta_responses_server_event_beta_response_web_search_call_ws_completed import (
    BetaResponsesServerEventBetaResponseWebSearchCallWsCompleted,
)
from .beta_responses_server_event_beta_response_web_search_call_ws_searching import (
    BetaResponsesServerEventBetaResponseWebSearchCallWsSearching,
)
from .beta_responses_server_event_beta_response_ws_completed import (
    BetaResponsesServerEventBetaResponseWsCompleted,
)
from .beta_responses_server_event_beta_response_ws_created import (
    BetaResponsesServerEventBetaResponseWsCreated,
)
from .beta_responses_server_event_beta_response_ws_failed import (
    BetaResponsesServerEventBetaResponseWsFailed,
)
from .beta_responses_server_event_beta_response_ws_incomplete import (
    BetaResponsesServerEventBetaResponseWsIncomplete,
)
from .beta_responses_server_event_beta_response_ws_queued import (
    BetaResponsesServerEventBetaResponseWsQueued,
)

__all__ = ["BetaResponsesServerEvent"]

BetaResponsesServerEvent: TypeAlias = Annotated[
    Annotated[
        BetaResponsesServerEventBetaResponseAudioWsDelta,
        pydantic.Tag("BetaResponsesServerEventBetaResponseAudioWsDelta"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseAudioWsDone,
        pydantic.Tag("BetaResponsesServerEventBetaResponseAudioWsDone"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseAudioTranscriptWsDelta,
        pydantic.Tag("BetaResponsesServerEventBetaResponseAudioTranscriptWsDelta"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseAudioTranscriptWsDone,
        pydantic.Tag("BetaResponsesServerEventBetaResponseAudioTranscriptWsDone"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDelta,
        pydantic.Tag(
            "BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDelta"
        ),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDone,
        pydantic.Tag(
            "BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDone"
        ),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseCodeInterpreterCallWsCompleted,
        pydantic.Tag(
            "BetaResponsesServerEventBetaResponseCodeInterpreterCallWsCompleted"
        ),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseCodeInterpreterCallInWsProgress,
        pydantic.Tag(
            "BetaResponsesServerEventBetaResponseCodeInterpreterCallInWsProgress"
        ),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseCodeInterpreterCallWsInterpreting,
        pydantic.Tag(
            "BetaResponsesServerEventBetaResponseCodeInterpreterCallWsInterpreting"
        ),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseWsCompleted,
        pydantic.Tag("BetaResponsesServerEventBetaResponseWsCompleted"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseContentPartWsAdded,
        pydantic.Tag("BetaResponsesServerEventBetaResponseContentPartWsAdded"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseContentPartWsDone,
        pydantic.Tag("BetaResponsesServerEventBetaResponseContentPartWsDone"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseWsCreated,
        pydantic.Tag("BetaResponsesServerEventBetaResponseWsCreated"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseFileSearchCallWsCompleted,
        pydantic.Tag("BetaResponsesServerEventBetaResponseFileSearchCallWsCompleted"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseFileSearchCallInWsProgress,
        pydantic.Tag("BetaResponsesServerEventBetaResponseFileSearchCallInWsProgress"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseFileSearchCallWsSearching,
        pydantic.Tag("BetaResponsesServerEventBetaResponseFileSearchCallWsSearching"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDelta,
        pydantic.Tag(
            "BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDelta"
        ),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDone,
        pydantic.Tag("BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDone"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseShellCallCommandWsAdded,
        pydantic.Tag("BetaResponsesServerEventBetaResponseShellCallCommandWsAdded"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseShellCallCommandWsDelta,
        pydantic.Tag("BetaResponsesServerEventBetaResponseShellCallCommandWsDelta"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseShellCallCommandWsDone,
        pydantic.Tag("BetaResponsesServerEventBetaResponseShellCallCommandWsDone"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseShellCallOutputContentWsDelta,
        pydantic.Tag(
            "BetaResponsesServerEventBetaResponseShellCallOutputContentWsDelta"
        ),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseShellCallOutputContentWsDone,
        pydantic.Tag(
            "BetaResponsesServerEventBetaResponseShellCallOutputContentWsDone"
        ),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseInWsProgress,
        pydantic.Tag("BetaResponsesServerEventBetaResponseInWsProgress"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseWsFailed,
        pydantic.Tag("BetaResponsesServerEventBetaResponseWsFailed"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseWsIncomplete,
        pydantic.Tag("BetaResponsesServerEventBetaResponseWsIncomplete"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseOutputItemWsAdded,
        pydantic.Tag("BetaResponsesServerEventBetaResponseOutputItemWsAdded"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseOutputItemWsDone,
        pydantic.Tag("BetaResponsesServerEventBetaResponseOutputItemWsDone"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseReasoningSummaryPartWsAdded,
        pydantic.Tag("BetaResponsesServerEventBetaResponseReasoningSummaryPartWsAdded"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseReasoningSummaryPartWsDone,
        pydantic.Tag("BetaResponsesServerEventBetaResponseReasoningSummaryPartWsDone"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDelta,
        pydantic.Tag("BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDelta"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDone,
        pydantic.Tag("BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDone"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseReasoningTextWsDelta,
        pydantic.Tag("BetaResponsesServerEventBetaResponseReasoningTextWsDelta"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseReasoningTextWsDone,
        pydantic.Tag("BetaResponsesServerEventBetaResponseReasoningTextWsDone"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseRefusalWsDelta,
        pydantic.Tag("BetaResponsesServerEventBetaResponseRefusalWsDelta"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseRefusalWsDone,
        pydantic.Tag("BetaResponsesServerEventBetaResponseRefusalWsDone"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseTextWsDelta,
        pydantic.Tag("BetaResponsesServerEventBetaResponseTextWsDelta"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseTextWsDone,
        pydantic.Tag("BetaResponsesServerEventBetaResponseTextWsDone"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseWebSearchCallWsCompleted,
        pydantic.Tag("BetaResponsesServerEventBetaResponseWebSearchCallWsCompleted"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseWebSearchCallInWsProgress,
        pydantic.Tag("BetaResponsesServerEventBetaResponseWebSearchCallInWsProgress"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseWebSearchCallWsSearching,
        pydantic.Tag("BetaResponsesServerEventBetaResponseWebSearchCallWsSearching"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseImageGenCallWsCompleted,
        pydantic.Tag("BetaResponsesServerEventBetaResponseImageGenCallWsCompleted"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseImageGenCallWsGenerating,
        pydantic.Tag("BetaResponsesServerEventBetaResponseImageGenCallWsGenerating"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseImageGenCallInWsProgress,
        pydantic.Tag("BetaResponsesServerEventBetaResponseImageGenCallInWsProgress"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseImageGenCallPartialWsImage,
        pydantic.Tag("BetaResponsesServerEventBetaResponseImageGenCallPartialWsImage"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDelta,
        pydantic.Tag("BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDelta"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDone,
        pydantic.Tag("BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDone"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseMcpCallWsCompleted,
        pydantic.Tag("BetaResponsesServerEventBetaResponseMcpCallWsCompleted"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseMcpCallWsFailed,
        pydantic.Tag("BetaResponsesServerEventBetaResponseMcpCallWsFailed"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseMcpCallInWsProgress,
        pydantic.Tag("BetaResponsesServerEventBetaResponseMcpCallInWsProgress"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseMcpListToolsWsCompleted,
        pydantic.Tag("BetaResponsesServerEventBetaResponseMcpListToolsWsCompleted"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseMcpListToolsWsFailed,
        pydantic.Tag("BetaResponsesServerEventBetaResponseMcpListToolsWsFailed"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseMcpListToolsInWsProgress,
        pydantic.Tag("BetaResponsesServerEventBetaResponseMcpListToolsInWsProgress"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseOutputTextAnnotationWsAdded,
        pydantic.Tag("BetaResponsesServerEventBetaResponseOutputTextAnnotationWsAdded"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseWsQueued,
        pydantic.Tag("BetaResponsesServerEventBetaResponseWsQueued"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseCustomToolCallInputWsDelta,
        pydantic.Tag("BetaResponsesServerEventBetaResponseCustomToolCallInputWsDelta"),
    ]
    | Annotated[
        BetaResponsesServerEventBetaResponseCustomToolCallInputWsDone,
        pydantic.Tag("BetaResponsesServerEventBetaResponseCustomToolCallInputWsDone"),
    ]
    | Annotated[BetaResponseWsError, pydantic.Tag("BetaResponseWsError")]
    | Annotated[
        BetaResponseInjectCreatedEvent, pydantic.Tag("BetaResponseInjectCreatedEvent")
    ]
    | Annotated[
        BetaResponseInjectFailedEvent, pydantic.Tag("BetaResponseInjectFailedEvent")
    ]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "response.audio.delta": "BetaResponsesServerEventBetaResponseAudioWsDelta",
            "response.audio.done": "BetaResponsesServerEventBetaResponseAudioWsDone",
            "response.audio.transcript.delta": "BetaResponsesServerEventBetaResponseAudioTranscriptWsDelta",
            "response.audio.transcript.done": "BetaResponsesServerEventBetaResponseAudioTranscriptWsDone",
            "response.code_interpreter_call_code.delta": "BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDelta",
            "response.code_interpreter_call_code.done": "BetaResponsesServerEventBetaResponseCodeInterpreterCallCodeWsDone",
            "response.code_interpreter_call.completed": "BetaResponsesServerEventBetaResponseCodeInterpreterCallWsCompleted",
            "response.code_interpreter_call.in_progress": "BetaResponsesServerEventBetaResponseCodeInterpreterCallInWsProgress",
            "response.code_interpreter_call.interpreting": "BetaResponsesServerEventBetaResponseCodeInterpreterCallWsInterpreting",
            "response.completed": "BetaResponsesServerEventBetaResponseWsCompleted",
            "response.content_part.added": "BetaResponsesServerEventBetaResponseContentPartWsAdded",
            "response.content_part.done": "BetaResponsesServerEventBetaResponseContentPartWsDone",
            "response.created": "BetaResponsesServerEventBetaResponseWsCreated",
            "response.file_search_call.completed": "BetaResponsesServerEventBetaResponseFileSearchCallWsCompleted",
            "response.file_search_call.in_progress": "BetaResponsesServerEventBetaResponseFileSearchCallInWsProgress",
            "response.file_search_call.searching": "BetaResponsesServerEventBetaResponseFileSearchCallWsSearching",
            "response.function_call_arguments.delta": "BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDelta",
            "response.function_call_arguments.done": "BetaResponsesServerEventBetaResponseFunctionCallArgumentsWsDone",
            "response.shell_call_command.added": "BetaResponsesServerEventBetaResponseShellCallCommandWsAdded",
            "response.shell_call_command.delta": "BetaResponsesServerEventBetaResponseShellCallCommandWsDelta",
            "response.shell_call_command.done": "BetaResponsesServerEventBetaResponseShellCallCommandWsDone",
            "response.shell_call_output_content.delta": "BetaResponsesServerEventBetaResponseShellCallOutputContentWsDelta",
            "response.shell_call_output_content.done": "BetaResponsesServerEventBetaResponseShellCallOutputContentWsDone",
            "response.in_progress": "BetaResponsesServerEventBetaResponseInWsProgress",
            "response.failed": "BetaResponsesServerEventBetaResponseWsFailed",
            "response.incomplete": "BetaResponsesServerEventBetaResponseWsIncomplete",
            "response.output_item.added": "BetaResponsesServerEventBetaResponseOutputItemWsAdded",
            "response.output_item.done": "BetaResponsesServerEventBetaResponseOutputItemWsDone",
            "response.reasoning_summary_part.added": "BetaResponsesServerEventBetaResponseReasoningSummaryPartWsAdded",
            "response.reasoning_summary_part.done": "BetaResponsesServerEventBetaResponseReasoningSummaryPartWsDone",
            "response.reasoning_summary_text.delta": "BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDelta",
            "response.reasoning_summary_text.done": "BetaResponsesServerEventBetaResponseReasoningSummaryTextWsDone",
            "response.reasoning_text.delta": "BetaResponsesServerEventBetaResponseReasoningTextWsDelta",
            "response.reasoning_text.done": "BetaResponsesServerEventBetaResponseReasoningTextWsDone",
            "response.refusal.delta": "BetaResponsesServerEventBetaResponseRefusalWsDelta",
            "response.refusal.done": "BetaResponsesServerEventBetaResponseRefusalWsDone",
            "response.output_text.delta": "BetaResponsesServerEventBetaResponseTextWsDelta",
            "response.output_text.done": "BetaResponsesServerEventBetaResponseTextWsDone",
            "response.web_search_call.completed": "BetaResponsesServerEventBetaResponseWebSearchCallWsCompleted",
            "response.web_search_call.in_progress": "BetaResponsesServerEventBetaResponseWebSearchCallInWsProgress",
            "response.web_search_call.searching": "BetaResponsesServerEventBetaResponseWebSearchCallWsSearching",
            "response.image_generation_call.completed": "BetaResponsesServerEventBetaResponseImageGenCallWsCompleted",
            "response.image_generation_call.generating": "BetaResponsesServerEventBetaResponseImageGenCallWsGenerating",
            "response.image_generation_call.in_progress": "BetaResponsesServerEventBetaResponseImageGenCallInWsProgress",
            "response.image_generation_call.partial_image": "BetaResponsesServerEventBetaResponseImageGenCallPartialWsImage",
            "response.mcp_call_arguments.delta": "BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDelta",
            "response.mcp_call_arguments.done": "BetaResponsesServerEventBetaResponseMcpCallArgumentsWsDone",
            "response.mcp_call.completed": "BetaResponsesServerEventBetaResponseMcpCallWsCompleted",
            "response.mcp_call.failed": "BetaResponsesServerEventBetaResponseMcpCallWsFailed",
            "response.mcp_call.in_progress": "BetaResponsesServerEventBetaResponseMcpCallInWsProgress",
            "response.mcp_list_tools.completed": "BetaResponsesServerEventBetaResponseMcpListToolsWsCompleted",
            "response.mcp_list_tools.failed": "BetaResponsesServerEventBetaResponseMcpListToolsWsFailed",
            "response.mcp_list_tools.in_progress": "BetaResponsesServerEventBetaResponseMcpListToolsInWsProgress",
            "response.output_text.annotation.added": "BetaResponsesServerEventBetaResponseOutputTextAnnotationWsAdded",
            "response.queued": "BetaResponsesServerEventBetaResponseWsQueued",
            "response.custom_tool_call_input.delta": "BetaResponsesServerEventBetaResponseCustomToolCallInputWsDelta",
            "response.custom_tool_call_input.done": "BetaResponsesServerEventBetaResponseCustomToolCallInputWsDone",
            "error": "BetaResponseWsError",
            "response.inject.created": "BetaResponseInjectCreatedEvent",
            "response.inject.failed": "BetaResponseInjectFailedEvent",
        },
    ),
]
"""Server events emitted by the Responses WebSocket server."""

"""RunObject: Represents an execution run on a
[thread](https://api.openai.com/docs/api-reference/threads).
"""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .assistant_tools_code import AssistantToolsCode
from .assistant_tools_file_search import AssistantToolsFileSearch
from .assistant_tools_function import AssistantToolsFunction
from .assistants_api_response_format_option import AssistantsApiResponseFormatOption
from .assistants_api_tool_choice_option import AssistantsApiToolChoiceOption
from .metadata import Metadata
from .run_completion_usage import RunCompletionUsage
from .run_object_incomplete_details import RunObjectIncompleteDetails
from .run_object_last_error import RunObjectLastError
from .run_object_required_action import RunObjectRequiredAction
from .truncation_object import TruncationObject

__all__ = ["RunObject"]


class RunObject(BaseModel):
    """Represents an execution run on a
    [thread](https://api.openai.com/docs/api-reference/threads).
    """

    id: str
    """The identifier, which can be referenced in API endpoints."""

    object: Literal["thread.run"]
    """The object type, which is always `thread.run`."""

    created_at: int
    """The Unix timestamp (in seconds) for when the run was created."""

    thread_id: str
    """The ID of the [thread](https://api.openai.com/docs/api-reference/threads) that
    was executed on as a part of this run.
    """

    assistant_id: str
    """The ID of the [assistant](https://api.openai.com/docs/api-reference/assistants)
    used for execution of this run.
    """

    status: (
        Literal[
            "queued",
            "in_progress",
            "requires_action",
            "cancelling",
            "cancelled",
            "failed",
            "completed",
            "incomplete",
            "expired",
        ]
        | str
    )
    """The status of the run, which can be either `queued`, `in_progress`,
    `requires_action`, `cancelling`, `cancelled`, `failed`, `completed`,
    `incomplete`, or `expired`.
    """

    required_action: RunObjectRequiredAction | None
    """Details on the action required to continue the run. Will be `null` if no action
    is required.
    """

    last_error: RunObjectLastError | None
    """The last error associated with this run. Will be `null` if there are no errors."""

    expires_at: int | None
    """The Unix timestamp (in seconds) for when the run will expire."""

    started_at: int | None
    """The Unix timestamp (in seconds) for when the run was started."""

    cancelled_at: int | None
    """The Unix timestamp (in seconds) for when the run was cancelled."""

    failed_at: int | None
    """The Unix timestamp (in seconds) for when the run failed."""

    completed_at: int | None
    """The Unix timestamp (in seconds) for when the run was completed."""

    incomplete_details: RunObjectIncompleteDetails | None
    """Details on why the run is incomplete. Will be `null` if the run is not
    incomplete.
    """

    model: str
    """The model that the
    [assistant](https://api.openai.com/docs/api-reference/assistants) used for this
    run.
    """

    instructions: str
    """The instructions that the
    [assistant](https://api.openai.com/docs/api-reference/assistants) used for this
    run.
    """

    tools: list[
        Annotated[
            Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
            | Annotated[
                AssistantToolsFileSearch, pydantic.Tag("AssistantToolsFileSearch")
            ]
            | Annotated[AssistantToolsFunction, pydantic.Tag("AssistantToolsFunction")]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "code_interpreter": "AssistantToolsCode",
                    "file_search": "AssistantToolsFileSearch",
                    "function": "AssistantToolsFunction",
                },
            ),
        ]
    ]
    """The list of tools that the
    [assistant](https://api.openai.com/docs/api-reference/assistants) used for this
    run.
    """

    metadata: Metadata

    usage: RunCompletionUsage

    temperature: float | None = None
    """The sampling temperature used for this run. If not set, defaults to 1."""

    top_p: float | None = None
    """The nucleus sampling value used for this run. If not set, defaults to 1."""

    max_prompt_tokens: int | None
    """The maximum number of prompt tokens specified to have been used over the course
    of the run.
    """

    max_completion_tokens: int | None
    """The maximum number of completion tokens specified to have been used over the
    course of the run.
    """

    truncation_strategy: TruncationObject | None

    tool_choice: AssistantsApiToolChoiceOption | None

    parallel_tool_calls: bool
    """Whether to enable [parallel function
    calling](https://api.openai.com/docs/guides/function-calling#configuring-parallel-function-calling)
    during tool use.
    """

    response_format: AssistantsApiResponseFormatOption | None
    """Specifies the format that the model must output. Compatible with
    [GPT-4o](https://api.openai.com/docs/models#gpt-4o), [GPT-4
    Turbo](https://api.openai.com/docs/models#gpt-4-turbo-and-gpt-4), and all GPT-3.5
    Turbo models since `gpt-3.5-turbo-1106`.

    Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured
    Outputs which ensures the model will match your supplied JSON schema. Learn more
    in the [Structured Outputs
    guide](https://api.openai.com/docs/guides/structured-outputs).

    Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the
    message the model generates is valid JSON.

    **Important:** when using JSON mode, you **must** also instruct the model to
    produce JSON yourself via a system or user message. Without this, the model may
    generate an unending stream of whitespace until the generation reaches the token
    limit, resulting in a long-running and seemingly "stuck" request. Also note that
    the message content may be partially cut off if `finish_reason="length"`, which
    indicates the generation exceeded `max_tokens` or the conversation exceeded the
    max context length.
    """

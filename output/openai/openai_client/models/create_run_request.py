from typing import Annotated, Any

import pydantic

from .._base_model import BaseModel, discriminate
from .assistant_supported_models import AssistantSupportedModels
from .assistant_tools_code import AssistantToolsCode
from .assistant_tools_file_search import AssistantToolsFileSearch
from .assistant_tools_function import AssistantToolsFunction
from .assistants_api_response_format_option import AssistantsApiResponseFormatOption
from .assistants_api_tool_choice_option import AssistantsApiToolChoiceOption
from .create_message_request import CreateMessageRequest
from .metadata import Metadata
from .reasoning_effort import ReasoningEffort
from .truncation_object import TruncationObject

__all__ = ["CreateRunRequest"]


class CreateRunRequest(BaseModel):
    assistant_id: str
    """The ID of the [assistant](https://api.openai.com/docs/api-reference/assistants)
    to use to execute this run.
    """

    model: str | AssistantSupportedModels | None = None
    """The ID of the [Model](https://api.openai.com/docs/api-reference/models) to be
    used to execute this run. If a value is provided here, it will override the model
    associated with the assistant. If not, the model associated with the assistant
    will be used.
    """

    reasoning_effort: ReasoningEffort | None = None

    instructions: str | None = None
    """Overrides the
    [instructions](https://api.openai.com/docs/api-reference/assistants/createAssistant)
    of the assistant. This is useful for modifying the behavior on a per-run basis.
    """

    additional_instructions: str | None = None
    """Appends additional instructions at the end of the instructions for the run. This
    is useful for modifying the behavior on a per-run basis without overriding other
    instructions.
    """

    additional_messages: list[CreateMessageRequest] | None = None
    """Adds additional messages to the thread before creating the run."""

    tools: (
        list[
            Annotated[
                Annotated[AssistantToolsCode, pydantic.Tag("AssistantToolsCode")]
                | Annotated[
                    AssistantToolsFileSearch, pydantic.Tag("AssistantToolsFileSearch")
                ]
                | Annotated[
                    AssistantToolsFunction, pydantic.Tag("AssistantToolsFunction")
                ]
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
        | None
    ) = None
    """Override the tools the assistant can use for this run. This is useful for
    modifying the behavior on a per-run basis.
    """

    metadata: Metadata | None = None

    temperature: float | None = None
    """What sampling temperature to use, between 0 and 2. Higher values like 0.8 will
    make the output more random, while lower values like 0.2 will make it more
    focused and deterministic.
    """

    top_p: float | None = None
    """An alternative to sampling with temperature, called nucleus sampling, where the
    model considers the results of the tokens with top_p probability mass. So 0.1
    means only the tokens comprising the top 10% probability mass are considered.

    We generally recommend altering this or temperature but not both.
    """

    stream: bool | None = None
    """If `true`, returns a stream of events that happen during the Run as server-sent
    events, terminating when the Run enters a terminal state with a `data: [DONE]`
    message.
    """

    max_prompt_tokens: int | None = None
    """The maximum number of prompt tokens that may be used over the course of the run.
    The run will make a best effort to use only the number of prompt tokens
    specified, across multiple turns of the run. If the run exceeds the number of
    prompt tokens specified, the run will end with status `incomplete`. See
    `incomplete_details` for more info.
    """

    max_completion_tokens: int | None = None
    """The maximum number of completion tokens that may be used over the course of the
    run. The run will make a best effort to use only the number of completion tokens
    specified, across multiple turns of the run. If the run exceeds the number of
    completion tokens specified, the run will end with status `incomplete`. See
    `incomplete_details` for more info.
    """

    truncation_strategy: TruncationObject | None = None

    tool_choice: AssistantsApiToolChoiceOption | None = None

    parallel_tool_calls: bool | None = None
    """Whether to enable [parallel function
    calling](https://api.openai.com/docs/guides/function-calling#configuring-parallel-function-calling)
    during tool use.
    """

    response_format: AssistantsApiResponseFormatOption | None = None
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

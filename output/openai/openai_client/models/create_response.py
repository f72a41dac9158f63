from typing import Literal

from .._base_model import BaseModel
from .context_management_param import ContextManagementParam
from .conversation_param import ConversationParam
from .include_enum import IncludeEnum
from .input_param import InputParam
from .metadata import Metadata
from .model_ids_responses import ModelIdsResponses
from .moderation_param import ModerationParam
from .prompt import Prompt
from .prompt_cache_options_param import PromptCacheOptionsParam
from .reasoning import Reasoning
from .response_stream_options import ResponseStreamOptions
from .response_text_param import ResponseTextParam
from .service_tier_responses import ServiceTierResponses
from .tool import Tool
from .tool_choice_param import ToolChoiceParam

__all__ = ["CreateResponse"]


class CreateResponse(BaseModel):
    metadata: Metadata | None = None

    top_logprobs: int | None = None
    """An integer between 0 and 20 specifying the maximum number of most likely
    tokens to return at each token position, each with an associated log
    probability. In some cases, the number of returned tokens may be fewer than
    requested.
    """

    temperature: float | None = None

    top_p: float | None = None

    user: str | None = None
    """This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use
    `prompt_cache_key` instead to maintain caching optimizations.
    A stable identifier for your end-users.
    Used to boost cache hit rates by better bucketing similar requests and  to help
    OpenAI detect and prevent abuse. [Learn
    more](https://api.openai.com/docs/guides/safety-best-practices#safety-identifiers).


    .. deprecated:: deprecated by the API.
    """

    safety_identifier: str | None = None

    prompt_cache_key: str | None = None

    prompt_cache_retention: Literal["in_memory", "24h"] | str | None = None
    """.. deprecated:: deprecated by the API."""

    prompt_cache_options: PromptCacheOptionsParam | None = None
    """Options for prompt caching. Supported for `gpt-5.6` and later models. By default,
    OpenAI automatically chooses one implicit cache breakpoint. You can add explicit
    breakpoints to content blocks with `prompt_cache_breakpoint`. Each request can
    write up to four breakpoints. For cache matching, OpenAI considers up to the
    latest 80 breakpoints in the conversation, without a content-block lookback
    limit. Set `mode` to `explicit` to disable the implicit breakpoint. The `ttl`
    defaults to `30m`, which is currently the only supported value. See the [prompt
    caching guide](https://api.openai.com/docs/guides/prompt-caching) for current
    details.
    """

    previous_response_id: str | None = None

    model: ModelIdsResponses | None = None
    """Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
    offers a wide range of models with different capabilities, performance
    characteristics, and price points. Refer to the [model
    guide](https://api.openai.com/docs/models)
    to browse and compare available models.
    """

    background: bool | None = None

    max_tool_calls: int | None = None

    text: ResponseTextParam | None = None
    """Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](https://api.openai.com/docs/guides/text)
    - [Structured Outputs](https://api.openai.com/docs/guides/structured-outputs)
    """

    tools: list[Tool] | None = None
    """An array of tools the model may call while generating a response. You
    can specify which tool to use by setting the `tool_choice` parameter.

    We support the following categories of tools:
    - **Built-in tools**: Tools that are provided by OpenAI that extend the
      model's capabilities, like [web
      search](https://api.openai.com/docs/guides/tools-web-search)
      or [file search](https://api.openai.com/docs/guides/tools-file-search). Learn
      more about
      [built-in tools](https://api.openai.com/docs/guides/tools).
    - **MCP Tools**: Integrations with third-party systems via custom MCP servers
      or predefined connectors such as Google Drive and SharePoint. Learn more about
      [MCP Tools](https://api.openai.com/docs/guides/tools-connectors-mcp).
    - **Function calls (custom tools)**: Functions that are defined by you,
      enabling the model to call your own code with strongly typed arguments
      and outputs. Learn more about
      [function calling](https://api.openai.com/docs/guides/function-calling). You
      can also use
      custom tools to call your own code.
    """

    tool_choice: ToolChoiceParam | None = None
    """How the model should select which tool (or tools) to use when generating
    a response. See the `tools` parameter to see how to specify which tools
    the model can call.
    """

    prompt: Prompt | None = None

    service_tier: ServiceTierResponses | None = None

    truncation: Literal["auto", "disabled"] | str | None = None
    """.. deprecated:: deprecated by the API."""

    reasoning: Reasoning | None = None

    input: InputParam | None = None
    """Text, image, or file inputs to the model, used to generate a response.

    Learn more:
    - [Text inputs and outputs](https://api.openai.com/docs/guides/text)
    - [Image inputs](https://api.openai.com/docs/guides/images)
    - [File inputs](https://api.openai.com/docs/guides/pdf-files)
    - [Conversation state](https://api.openai.com/docs/guides/conversation-state)
    - [Function calling](https://api.openai.com/docs/guides/function-calling)
    """

    include: list[IncludeEnum] | None = None

    parallel_tool_calls: bool | None = None

    store: bool | None = None

    instructions: str | None = None

    moderation: ModerationParam | None = None

    stream: bool | None = None

    stream_options: ResponseStreamOptions | None = None

    conversation: ConversationParam | None = None

    context_management: list[ContextManagementParam] | None = None

    max_output_tokens: int | None = None

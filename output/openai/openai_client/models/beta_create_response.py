from typing import Literal

from .._base_model import BaseModel
from .beta_context_management_param import BetaContextManagementParam
from .beta_conversation_param import BetaConversationParam
from .beta_include_enum import BetaIncludeEnum
from .beta_input_param import BetaInputParam
from .beta_metadata import BetaMetadata
from .beta_model_ids_responses import BetaModelIdsResponses
from .beta_moderation_param import BetaModerationParam
from .beta_multi_agent_param import BetaMultiAgentParam
from .beta_prompt import BetaPrompt
from .beta_prompt_cache_options_param import BetaPromptCacheOptionsParam
from .beta_reasoning import BetaReasoning
from .beta_response_stream_options import BetaResponseStreamOptions
from .beta_response_text_param import BetaResponseTextParam
from .beta_service_tier_responses import BetaServiceTierResponses
from .beta_tool_choice_param import BetaToolChoiceParam
from .beta_tools_array import BetaToolsArray

__all__ = ["BetaCreateResponse"]


class BetaCreateResponse(BaseModel):
    metadata: BetaMetadata | None = None

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

    prompt_cache_options: BetaPromptCacheOptionsParam | None = None
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

    model: BetaModelIdsResponses | None = None
    """Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
    offers a wide range of models with different capabilities, performance
    characteristics, and price points. Refer to the [model
    guide](https://api.openai.com/docs/models)
    to browse and compare available models.
    """

    background: bool | None = None

    max_tool_calls: int | None = None

    text: BetaResponseTextParam | None = None
    """Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](https://api.openai.com/docs/guides/text)
    - [Structured Outputs](https://api.openai.com/docs/guides/structured-outputs)
    """

    tools: BetaToolsArray | None = None
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

    tool_choice: BetaToolChoiceParam | None = None
    """How the model should select which tool (or tools) to use when generating
    a response. See the `tools` parameter to see how to specify which tools
    the model can call.
    """

    prompt: BetaPrompt | None = None

    service_tier: BetaServiceTierResponses | None = None

    truncation: Literal["auto", "disabled"] | str | None = None
    """.. deprecated:: deprecated by the API."""

    reasoning: BetaReasoning | None = None

    input: BetaInputParam | None = None
    """Text, image, or file inputs to the model, used to generate a response.

    Learn more:
    - [Text inputs and outputs](https://api.openai.com/docs/guides/text)
    - [Image inputs](https://api.openai.com/docs/guides/images)
    - [File inputs](https://api.openai.com/docs/guides/pdf-files)
    - [Conversation state](https://api.openai.com/docs/guides/conversation-state)
    - [Function calling](https://api.openai.com/docs/guides/function-calling)
    """

    include: list[BetaIncludeEnum] | None = None

    parallel_tool_calls: bool | None = None

    store: bool | None = None

    instructions: str | None = None

    moderation: BetaModerationParam | None = None

    stream: bool | None = None

    stream_options: BetaResponseStreamOptions | None = None

    conversation: BetaConversationParam | None = None

    context_management: list[BetaContextManagementParam] | None = None

    max_output_tokens: int | None = None

    multi_agent: BetaMultiAgentParam | None = None

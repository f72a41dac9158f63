from .model_response_properties import ModelResponseProperties
from .prompt_cache_options_param import PromptCacheOptionsParam

__all__ = ["CreateModelResponseProperties"]


class CreateModelResponseProperties(ModelResponseProperties):
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

    top_logprobs: int | None = None
    """An integer between 0 and 20 specifying the maximum number of most likely
    tokens to return at each token position, each with an associated log
    probability. In some cases, the number of returned tokens may be fewer than
    requested.
    """


# Imported last so that models referring to each other can load in any order.
from .metadata import Metadata as Metadata  # noqa: E402

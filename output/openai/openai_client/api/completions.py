"""Completions operations: Given a prompt, the model will return one or more predicted
completions, and can also return the probabilities of alternative tokens at each
position.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from .._runtime import Endpoint as _Endpoint
from .._types import NOT_GIVEN, ApiResponse, NotGiven, TimeoutTypes
from ..models.chat_completion_stream_options import ChatCompletionStreamOptions
from ..models.create_completion_request import CreateCompletionRequest
from ..models.create_completion_response import CreateCompletionResponse
from ..models.error_response import ErrorResponse
from ..models.stop_configuration import StopConfiguration

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["CompletionsApi", "AsyncCompletionsApi"]

_CREATE_COMPLETION = _Endpoint(
    method="POST",
    path="/completions",
    operation_id="createCompletion",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": CreateCompletionResponse,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("model", "model", "field"),
        ("prompt", "prompt", "field"),
        ("best_of", "best_of", "field"),
        ("echo", "echo", "field"),
        ("frequency_penalty", "frequency_penalty", "field"),
        ("logit_bias", "logit_bias", "field"),
        ("logprobs", "logprobs", "field"),
        ("max_tokens", "max_tokens", "field"),
        ("n", "n", "field"),
        ("presence_penalty", "presence_penalty", "field"),
        ("seed", "seed", "field"),
        ("stop", "stop", "field"),
        ("stream", "stream", "field"),
        ("stream_options", "stream_options", "field"),
        ("suffix", "suffix", "field"),
        ("temperature", "temperature", "field"),
        ("top_p", "top_p", "field"),
        ("user", "user", "field"),
    ),
    body_mode="fields",
    body_required=True,
)


class CompletionsApi:
    """Completions operations: Given a prompt, the model will return one or more
    predicted completions, and can also return the probabilities of alternative
    tokens at each position.

    Reach it as `client.completions`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    @overload
    def create_completion(
        self,
        *,
        body: CreateCompletionRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CreateCompletionResponse: ...

    @overload
    def create_completion(
        self,
        *,
        model: str | Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"],
        prompt: str | list[str] | list[int] | list[list[int]] | None,
        best_of: int | None | NotGiven = NOT_GIVEN,
        echo: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptions | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CreateCompletionResponse: ...

    def create_completion(
        self,
        *,
        model: (
            str
            | Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"]
            | NotGiven
        ) = NOT_GIVEN,
        prompt: (
            str | list[str] | list[int] | list[list[int]] | None | NotGiven
        ) = NOT_GIVEN,
        best_of: int | None | NotGiven = NOT_GIVEN,
        echo: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptions | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        body: CreateCompletionRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CreateCompletionResponse:
        """Creates a completion for the provided prompt and parameters.

        Returns a completion object, or a sequence of completion objects if the
        request is streamed.

        Args:
            model: ID of the model to use. You can use the [List models](https://api.openai.com/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](https://api.openai.com/docs/models) for descriptions of them.
            prompt: The prompt(s) to generate completions for, encoded as a string, array of strings, array of tokens, or array of token arrays. Note that <|endoftext|> is the document separator that the model sees during training, so if a prompt is not specified the model will generate as if from the beginning of a new document.
            best_of: Generates `best_of` completions server-side and returns the "best" (the one with the highest log probability per token). Results cannot be streamed. When used with `n`, `best_of` controls the number of candidate completions and `n` specifies how many to return – `best_of` must be greater than `n`. **Note:** Because this parameter generates many completions, it can quickly consume your token quota. Use carefully and ensure that you have reasonable settings for `max_tokens` and `stop`.
            echo: Echo back the prompt in addition to the completion
            frequency_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the text so far, decreasing the model's likelihood to repeat the same line verbatim. [See more information about frequency and presence penalties.](https://api.openai.com/docs/guides/text-generation)
            logit_bias: Modify the likelihood of specified tokens appearing in the completion. Accepts a JSON object that maps tokens (specified by their token ID in the GPT tokenizer) to an associated bias value from -100 to 100. You can use this [tokenizer tool](https://api.openai.com/tokenizer?view=bpe) to convert text to token IDs. Mathematically, the bias is added to the logits generated by the model prior to sampling. The exact effect will vary per model, but values between -1 and 1 should decrease or increase likelihood of selection; values like -100 or 100 should result in a ban or exclusive selection of the relevant token. As an example, you can pass `{"50256": -100}` to prevent the <|endoftext|> token from being generated.
            logprobs: Include the log probabilities on the `logprobs` most likely output tokens, as well the chosen tokens. For example, if `logprobs` is 5, the API will return a list of the 5 most likely tokens. The API will always return the `logprob` of the sampled token, so there may be up to `logprobs+1` elements in the response. The maximum value for `logprobs` is 5.
            max_tokens: The maximum number of [tokens](https://api.openai.com/tokenizer) that can be generated in the completion. The token count of your prompt plus `max_tokens` cannot exceed the model's context length. [Example Python code](https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken) for counting tokens.
            n: How many completions to generate for each prompt. **Note:** Because this parameter generates many completions, it can quickly consume your token quota. Use carefully and ensure that you have reasonable settings for `max_tokens` and `stop`.
            presence_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the text so far, increasing the model's likelihood to talk about new topics. [See more information about frequency and presence penalties.](https://api.openai.com/docs/guides/text-generation)
            seed: If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result. Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes in the backend.
            stop: Not supported with latest reasoning models `o3` and `o4-mini`. Up to 4 sequences where the API will stop generating further tokens. The returned text will not contain the stop sequence.
            stream: Whether to stream back partial progress. If set, tokens will be sent as data-only [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format) as they become available, with the stream terminated by a `data: [DONE]` message. [Example Python code](https://cookbook.openai.com/examples/how_to_stream_completions).
            suffix: The suffix that comes after a completion of inserted text. This parameter is only supported for `gpt-3.5-turbo-instruct`.
            temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. We generally recommend altering this or `top_p` but not both.
            top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or `temperature` but not both.
            user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://api.openai.com/docs/guides/safety-best-practices#end-user-ids).
        """
        _response: ApiResponse[CreateCompletionResponse] = self._client._request(
            _CREATE_COMPLETION, locals()
        )
        return _response.data

    @overload
    def create_completion_with_http_info(
        self,
        *,
        body: CreateCompletionRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CreateCompletionResponse]: ...

    @overload
    def create_completion_with_http_info(
        self,
        *,
        model: str | Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"],
        prompt: str | list[str] | list[int] | list[list[int]] | None,
        best_of: int | None | NotGiven = NOT_GIVEN,
        echo: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptions | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CreateCompletionResponse]: ...

    def create_completion_with_http_info(
        self,
        *,
        model: (
            str
            | Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"]
            | NotGiven
        ) = NOT_GIVEN,
        prompt: (
            str | list[str] | list[int] | list[list[int]] | None | NotGiven
        ) = NOT_GIVEN,
        best_of: int | None | NotGiven = NOT_GIVEN,
        echo: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptions | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        body: CreateCompletionRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CreateCompletionResponse]:
        """Like `create_completion`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_CREATE_COMPLETION, locals())


class AsyncCompletionsApi:
    """Completions operations (async): Given a prompt, the model will return one or more
    predicted completions, and can also return the probabilities of alternative
    tokens at each position.

    Reach it as `client.completions`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    @overload
    async def create_completion(
        self,
        *,
        body: CreateCompletionRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CreateCompletionResponse: ...

    @overload
    async def create_completion(
        self,
        *,
        model: str | Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"],
        prompt: str | list[str] | list[int] | list[list[int]] | None,
        best_of: int | None | NotGiven = NOT_GIVEN,
        echo: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptions | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CreateCompletionResponse: ...

    async def create_completion(
        self,
        *,
        model: (
            str
            | Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"]
            | NotGiven
        ) = NOT_GIVEN,
        prompt: (
            str | list[str] | list[int] | list[list[int]] | None | NotGiven
        ) = NOT_GIVEN,
        best_of: int | None | NotGiven = NOT_GIVEN,
        echo: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptions | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        body: CreateCompletionRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> CreateCompletionResponse:
        """Creates a completion for the provided prompt and parameters.

        Returns a completion object, or a sequence of completion objects if the
        request is streamed.

        Args:
            model: ID of the model to use. You can use the [List models](https://api.openai.com/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](https://api.openai.com/docs/models) for descriptions of them.
            prompt: The prompt(s) to generate completions for, encoded as a string, array of strings, array of tokens, or array of token arrays. Note that <|endoftext|> is the document separator that the model sees during training, so if a prompt is not specified the model will generate as if from the beginning of a new document.
            best_of: Generates `best_of` completions server-side and returns the "best" (the one with the highest log probability per token). Results cannot be streamed. When used with `n`, `best_of` controls the number of candidate completions and `n` specifies how many to return – `best_of` must be greater than `n`. **Note:** Because this parameter generates many completions, it can quickly consume your token quota. Use carefully and ensure that you have reasonable settings for `max_tokens` and `stop`.
            echo: Echo back the prompt in addition to the completion
            frequency_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the text so far, decreasing the model's likelihood to repeat the same line verbatim. [See more information about frequency and presence penalties.](https://api.openai.com/docs/guides/text-generation)
            logit_bias: Modify the likelihood of specified tokens appearing in the completion. Accepts a JSON object that maps tokens (specified by their token ID in the GPT tokenizer) to an associated bias value from -100 to 100. You can use this [tokenizer tool](https://api.openai.com/tokenizer?view=bpe) to convert text to token IDs. Mathematically, the bias is added to the logits generated by the model prior to sampling. The exact effect will vary per model, but values between -1 and 1 should decrease or increase likelihood of selection; values like -100 or 100 should result in a ban or exclusive selection of the relevant token. As an example, you can pass `{"50256": -100}` to prevent the <|endoftext|> token from being generated.
            logprobs: Include the log probabilities on the `logprobs` most likely output tokens, as well the chosen tokens. For example, if `logprobs` is 5, the API will return a list of the 5 most likely tokens. The API will always return the `logprob` of the sampled token, so there may be up to `logprobs+1` elements in the response. The maximum value for `logprobs` is 5.
            max_tokens: The maximum number of [tokens](https://api.openai.com/tokenizer) that can be generated in the completion. The token count of your prompt plus `max_tokens` cannot exceed the model's context length. [Example Python code](https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken) for counting tokens.
            n: How many completions to generate for each prompt. **Note:** Because this parameter generates many completions, it can quickly consume your token quota. Use carefully and ensure that you have reasonable settings for `max_tokens` and `stop`.
            presence_penalty: Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the text so far, increasing the model's likelihood to talk about new topics. [See more information about frequency and presence penalties.](https://api.openai.com/docs/guides/text-generation)
            seed: If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result. Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes in the backend.
            stop: Not supported with latest reasoning models `o3` and `o4-mini`. Up to 4 sequences where the API will stop generating further tokens. The returned text will not contain the stop sequence.
            stream: Whether to stream back partial progress. If set, tokens will be sent as data-only [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format) as they become available, with the stream terminated by a `data: [DONE]` message. [Example Python code](https://cookbook.openai.com/examples/how_to_stream_completions).
            suffix: The suffix that comes after a completion of inserted text. This parameter is only supported for `gpt-3.5-turbo-instruct`.
            temperature: What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random, while lower values like 0.2 will make it more focused and deterministic. We generally recommend altering this or `top_p` but not both.
            top_p: An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass are considered. We generally recommend altering this or `temperature` but not both.
            user: A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn more](https://api.openai.com/docs/guides/safety-best-practices#end-user-ids).
        """
        _response: ApiResponse[CreateCompletionResponse] = await self._client._request(
            _CREATE_COMPLETION, locals()
        )
        return _response.data

    @overload
    async def create_completion_with_http_info(
        self,
        *,
        body: CreateCompletionRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CreateCompletionResponse]: ...

    @overload
    async def create_completion_with_http_info(
        self,
        *,
        model: str | Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"],
        prompt: str | list[str] | list[int] | list[list[int]] | None,
        best_of: int | None | NotGiven = NOT_GIVEN,
        echo: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptions | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CreateCompletionResponse]: ...

    async def create_completion_with_http_info(
        self,
        *,
        model: (
            str
            | Literal["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"]
            | NotGiven
        ) = NOT_GIVEN,
        prompt: (
            str | list[str] | list[int] | list[list[int]] | None | NotGiven
        ) = NOT_GIVEN,
        best_of: int | None | NotGiven = NOT_GIVEN,
        echo: bool | None | NotGiven = NOT_GIVEN,
        frequency_penalty: float | None | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | None | NotGiven = NOT_GIVEN,
        logprobs: int | None | NotGiven = NOT_GIVEN,
        max_tokens: int | None | NotGiven = NOT_GIVEN,
        n: int | None | NotGiven = NOT_GIVEN,
        presence_penalty: float | None | NotGiven = NOT_GIVEN,
        seed: int | None | NotGiven = NOT_GIVEN,
        stop: StopConfiguration | NotGiven = NOT_GIVEN,
        stream: bool | None | NotGiven = NOT_GIVEN,
        stream_options: ChatCompletionStreamOptions | NotGiven = NOT_GIVEN,
        suffix: str | None | NotGiven = NOT_GIVEN,
        temperature: float | None | NotGiven = NOT_GIVEN,
        top_p: float | None | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        body: CreateCompletionRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[CreateCompletionResponse]:
        """Like `create_completion`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_CREATE_COMPLETION, locals())

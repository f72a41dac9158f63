from .._base_model import BaseModel
from .create_eval_responses_run_data_source_sampling_params_text import (
    CreateEvalResponsesRunDataSourceSamplingParamsText,
)
from .reasoning_effort import ReasoningEffort
from .tool import Tool

__all__ = ["CreateEvalResponsesRunDataSourceSamplingParams"]


class CreateEvalResponsesRunDataSourceSamplingParams(BaseModel):
    reasoning_effort: ReasoningEffort | None = None

    temperature: float | None = None
    """A higher temperature increases randomness in the outputs."""

    max_completion_tokens: int | None = None
    """The maximum number of tokens in the generated output."""

    top_p: float | None = None
    """An alternative to temperature for nucleus sampling; 1.0 includes all tokens."""

    seed: int | None = None
    """A seed value to initialize the randomness, during sampling."""

    tools: list[Tool] | None = None
    """An array of tools the model may call while generating a response. You
    can specify which tool to use by setting the `tool_choice` parameter.

    The two categories of tools you can provide the model are:

    - **Built-in tools**: Tools that are provided by OpenAI that extend the
      model's capabilities, like [web
      search](https://api.openai.com/docs/guides/tools-web-search)
      or [file search](https://api.openai.com/docs/guides/tools-file-search). Learn
      more about
      [built-in tools](https://api.openai.com/docs/guides/tools).
    - **Function calls (custom tools)**: Functions that are defined by you,
      enabling the model to call your own code. Learn more about
      [function calling](https://api.openai.com/docs/guides/function-calling).
    """

    text: CreateEvalResponsesRunDataSourceSamplingParamsText | None = None
    """Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](https://api.openai.com/docs/guides/text)
    - [Structured Outputs](https://api.openai.com/docs/guides/structured-outputs)
    """

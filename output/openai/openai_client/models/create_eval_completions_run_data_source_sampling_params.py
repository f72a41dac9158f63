from typing import Annotated, Any

import pydantic

from .._base_model import BaseModel, discriminate
from .chat_completion_tool import ChatCompletionTool
from .reasoning_effort import ReasoningEffort
from .response_format_json_object import ResponseFormatJsonObject
from .response_format_json_schema import ResponseFormatJsonSchema
from .response_format_text import ResponseFormatText

__all__ = ["CreateEvalCompletionsRunDataSourceSamplingParams"]


class CreateEvalCompletionsRunDataSourceSamplingParams(BaseModel):
    reasoning_effort: ReasoningEffort | None = None

    temperature: float | None = None
    """A higher temperature increases randomness in the outputs."""

    max_completion_tokens: int | None = None
    """The maximum number of tokens in the generated output."""

    top_p: float | None = None
    """An alternative to temperature for nucleus sampling; 1.0 includes all tokens."""

    seed: int | None = None
    """A seed value to initialize the randomness, during sampling."""

    response_format: (
        Annotated[
            Annotated[ResponseFormatText, pydantic.Tag("ResponseFormatText")]
            | Annotated[
                ResponseFormatJsonSchema, pydantic.Tag("ResponseFormatJsonSchema")
            ]
            | Annotated[
                ResponseFormatJsonObject, pydantic.Tag("ResponseFormatJsonObject")
            ]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "text": "ResponseFormatText",
                    "json_schema": "ResponseFormatJsonSchema",
                    "json_object": "ResponseFormatJsonObject",
                },
            ),
        ]
        | None
    ) = None
    """An object specifying the format that the model must output.

    Setting to `{ "type": "json_schema", "json_schema": {...} }` enables
    Structured Outputs which ensures the model will match your supplied JSON
    schema. Learn more in the [Structured Outputs
    guide](https://api.openai.com/docs/guides/structured-outputs).

    Setting to `{ "type": "json_object" }` enables the older JSON mode, which
    ensures the message the model generates is valid JSON. Using `json_schema`
    is preferred for models that support it.
    """

    tools: list[ChatCompletionTool] | None = None
    """A list of tools the model may call. Currently, only functions are supported as a
    tool. Use this to provide a list of functions the model may generate JSON inputs
    for. A max of 128 functions are supported.
    """

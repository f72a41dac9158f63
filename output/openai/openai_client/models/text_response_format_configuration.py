"""TextResponseFormatConfiguration: An object specifying the format that the model must
output.

Configuring `{ "type": "json_schema" }` enables Structured Outputs,
which ensures the model will match your supplied JSON schema. Learn more in the
[Structured Outputs guide](https://api.openai.com/docs/guides/structured-outputs).

The default format is `{ "type": "text" }` with no additional options.

**Not recommended for gpt-4o and newer models:**

Setting to `{ "type": "json_object" }` enables the older JSON mode, which
ensures the message the model generates is valid JSON. Using `json_schema`
is preferred for models that support it.
"""

from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .response_format_json_object import ResponseFormatJsonObject
from .response_format_text import ResponseFormatText
from .text_response_format_json_schema import TextResponseFormatJsonSchema

__all__ = ["TextResponseFormatConfiguration"]

TextResponseFormatConfiguration: TypeAlias = Annotated[
    Annotated[ResponseFormatText, pydantic.Tag("ResponseFormatText")]
    | Annotated[
        TextResponseFormatJsonSchema, pydantic.Tag("TextResponseFormatJsonSchema")
    ]
    | Annotated[ResponseFormatJsonObject, pydantic.Tag("ResponseFormatJsonObject")]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "text": "ResponseFormatText",
            "json_schema": "TextResponseFormatJsonSchema",
            "json_object": "ResponseFormatJsonObject",
        },
    ),
]
"""An object specifying the format that the model must output.

Configuring `{ "type": "json_schema" }` enables Structured Outputs,
which ensures the model will match your supplied JSON schema. Learn more in the
[Structured Outputs guide](https://api.openai.com/docs/guides/structured-outputs).

The default format is `{ "type": "text" }` with no additional options.

**Not recommended for gpt-4o and newer models:**

Setting to `{ "type": "json_object" }` enables the older JSON mode, which
ensures the message the model generates is valid JSON. Using `json_schema`
is preferred for models that support it.
"""

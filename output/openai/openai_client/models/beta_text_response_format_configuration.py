"""BetaTextResponseFormatConfiguration: An object specifying the format that the model
must output.

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
from .beta_response_format_json_object import BetaResponseFormatJsonObject
from .beta_response_format_text import BetaResponseFormatText
from .beta_text_response_format_json_schema import BetaTextResponseFormatJsonSchema

__all__ = ["BetaTextResponseFormatConfiguration"]

BetaTextResponseFormatConfiguration: TypeAlias = Annotated[
    Annotated[BetaResponseFormatText, pydantic.Tag("BetaResponseFormatText")]
    | Annotated[
        BetaTextResponseFormatJsonSchema,
        pydantic.Tag("BetaTextResponseFormatJsonSchema"),
    ]
    | Annotated[
        BetaResponseFormatJsonObject, pydantic.Tag("BetaResponseFormatJsonObject")
    ]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "text": "BetaResponseFormatText",
            "json_schema": "BetaTextResponseFormatJsonSchema",
            "json_object": "BetaResponseFormatJsonObject",
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

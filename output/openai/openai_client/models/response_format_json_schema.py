"""ResponseFormatJsonSchema: JSON Schema response format. Used to generate structured
JSON responses.
Learn more about [Structured
Outputs](https://api.openai.com/docs/guides/structured-outputs).
"""

from typing import Literal

from .._base_model import BaseModel
from .response_format_json_schema_json_schema import ResponseFormatJsonSchemaJsonSchema

__all__ = ["ResponseFormatJsonSchema"]


class ResponseFormatJsonSchema(BaseModel):
    """JSON Schema response format. Used to generate structured JSON responses.
    Learn more about [Structured
    Outputs](https://api.openai.com/docs/guides/structured-outputs).
    """

    type: Literal["json_schema"]
    """The type of response format being defined. Always `json_schema`."""

    json_schema: ResponseFormatJsonSchemaJsonSchema
    """Structured Outputs configuration options, including a JSON Schema."""

"""BetaTextResponseFormatJsonSchema: JSON Schema response format. Used to generate
structured JSON responses.
Learn more about [Structured
Outputs](https://api.openai.com/docs/guides/structured-outputs).
"""

from typing import Any, Literal

from pydantic import Field

from .._base_model import BaseModel

__all__ = ["BetaTextResponseFormatJsonSchema"]


class BetaTextResponseFormatJsonSchema(BaseModel):
    """JSON Schema response format. Used to generate structured JSON responses.
    Learn more about [Structured
    Outputs](https://api.openai.com/docs/guides/structured-outputs).
    """

    type: Literal["json_schema"]
    """The type of response format being defined. Always `json_schema`."""

    description: str | None = None
    """A description of what the response format is for, used by the model to
    determine how to respond in the format.
    """

    name: str
    """The name of the response format. Must be a-z, A-Z, 0-9, or contain
    underscores and dashes, with a maximum length of 64.
    """

    schema_: dict[str, Any] = Field(alias="schema")
    """The schema for the response format, described as a JSON Schema object.
    Learn how to build JSON schemas [here](https://json-schema.org/).


    Wire name: `schema`.
    """

    strict: bool | None = None

"""ResponseFormatJsonSchemaJsonSchema: Structured Outputs configuration options,
including a JSON Schema.
"""

from typing import Any

from pydantic import Field

from .._base_model import BaseModel

__all__ = ["ResponseFormatJsonSchemaJsonSchema"]


class ResponseFormatJsonSchemaJsonSchema(BaseModel):
    """Structured Outputs configuration options, including a JSON Schema."""

    description: str | None = None
    """A description of what the response format is for, used by the model to
    determine how to respond in the format.
    """

    name: str
    """The name of the response format. Must be a-z, A-Z, 0-9, or contain
    underscores and dashes, with a maximum length of 64.
    """

    schema_: dict[str, Any] | None = Field(default=None, alias="schema")
    """The schema for the response format, described as a JSON Schema object.
    Learn how to build JSON schemas [here](https://json-schema.org/).


    Wire name: `schema`.
    """

    strict: bool | None = None

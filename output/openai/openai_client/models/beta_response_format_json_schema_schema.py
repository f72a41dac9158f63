"""BetaResponseFormatJsonSchemaSchema: The schema for the response format, described as
a JSON Schema object.
Learn how to build JSON schemas [here](https://json-schema.org/).
"""

from typing import Any, TypeAlias

__all__ = ["BetaResponseFormatJsonSchemaSchema"]

BetaResponseFormatJsonSchemaSchema: TypeAlias = dict[str, Any]
"""The schema for the response format, described as a JSON Schema object.
Learn how to build JSON schemas [here](https://json-schema.org/).
"""

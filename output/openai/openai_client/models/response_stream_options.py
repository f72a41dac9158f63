from typing import TypeAlias

from .response_stream_options_variant1 import ResponseStreamOptionsVariant1

__all__ = ["ResponseStreamOptions"]

ResponseStreamOptions: TypeAlias = ResponseStreamOptionsVariant1 | None

from typing import TypeAlias

from .beta_response_stream_options_variant1 import BetaResponseStreamOptionsVariant1

__all__ = ["BetaResponseStreamOptions"]

BetaResponseStreamOptions: TypeAlias = BetaResponseStreamOptionsVariant1 | None

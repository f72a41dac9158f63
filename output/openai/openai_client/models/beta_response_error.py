from typing import TypeAlias

from .beta_response_error_variant1 import BetaResponseErrorVariant1

__all__ = ["BetaResponseError"]

BetaResponseError: TypeAlias = BetaResponseErrorVariant1 | None

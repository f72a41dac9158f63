"""CostsResultAmount: The monetary value in its associated currency."""

from .._base_model import BaseModel

__all__ = ["CostsResultAmount"]


class CostsResultAmount(BaseModel):
    """The monetary value in its associated currency."""

    value: float | None = None
    """The numeric value of the cost."""

    currency: str | None = None
    """Lowercase ISO-4217 currency e.g. "usd\""""

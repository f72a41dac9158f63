"""BetaWebSearchToolFiltersVariant1: Filters for the search."""

from .._base_model import BaseModel

__all__ = ["BetaWebSearchToolFiltersVariant1"]


class BetaWebSearchToolFiltersVariant1(BaseModel):
    """Filters for the search."""

    allowed_domains: list[str] | None = None

"""WebSearchToolFiltersVariant1: Filters for the search."""

from .._base_model import BaseModel

__all__ = ["WebSearchToolFiltersVariant1"]


class WebSearchToolFiltersVariant1(BaseModel):
    """Filters for the search."""

    allowed_domains: list[str] | None = None

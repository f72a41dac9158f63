"""WebSearchLocation: Approximate location parameters for the search."""

from .._base_model import BaseModel

__all__ = ["WebSearchLocation"]


class WebSearchLocation(BaseModel):
    """Approximate location parameters for the search."""

    country: str | None = None
    """The two-letter
    [ISO country code](https://en.wikipedia.org/wiki/ISO_3166-1) of the user,
    e.g. `US`.
    """

    region: str | None = None
    """Free text input for the region of the user, e.g. `California`."""

    city: str | None = None
    """Free text input for the city of the user, e.g. `San Francisco`."""

    timezone: str | None = None
    """The [IANA timezone](https://timeapi.io/documentation/iana-timezones)
    of the user, e.g. `America/Los_Angeles`.
    """

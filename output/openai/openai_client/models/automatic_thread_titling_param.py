"""AutomaticThreadTitlingParam: Controls whether ChatKit automatically generates thread
titles.
"""

from .._base_model import BaseModel

__all__ = ["AutomaticThreadTitlingParam"]


class AutomaticThreadTitlingParam(BaseModel):
    """Controls whether ChatKit automatically generates thread titles."""

    enabled: bool | None = None
    """Enable automatic thread title generation. Defaults to true."""

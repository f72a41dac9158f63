"""BatchFileExpirationAfter: The expiration policy for the output and/or error file that
are generated for a batch.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BatchFileExpirationAfter"]


class BatchFileExpirationAfter(BaseModel):
    """The expiration policy for the output and/or error file that are generated for a
    batch.
    """

    anchor: Literal["created_at"]
    """Anchor timestamp after which the expiration policy applies. Supported anchors:
    `created_at`. Note that the anchor is the file creation time, not the time the
    batch is created.
    """

    seconds: int
    """The number of seconds after the anchor time that the file will expire. Must be
    between 3600 (1 hour) and 2592000 (30 days).
    """

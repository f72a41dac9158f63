"""FileExpirationAfter: The expiration policy for a file. By default, files with
`purpose=batch` expire after 30 days and all other files are persisted until they are
manually deleted.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["FileExpirationAfter"]


class FileExpirationAfter(BaseModel):
    """The expiration policy for a file. By default, files with `purpose=batch` expire
    after 30 days and all other files are persisted until they are manually deleted.
    """

    anchor: Literal["created_at"]
    """Anchor timestamp after which the expiration policy applies. Supported anchors:
    `created_at`.
    """

    seconds: int
    """The number of seconds after the anchor time that the file will expire. Must be
    between 3600 (1 hour) and 2592000 (30 days).
    """

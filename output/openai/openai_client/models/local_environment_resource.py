"""LocalEnvironmentResource: Represents the use of a local environment to perform shell
actions.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["LocalEnvironmentResource"]


class LocalEnvironmentResource(BaseModel):
    """Represents the use of a local environment to perform shell actions."""

    type: Literal["local"]
    """The environment type. Always `local`."""

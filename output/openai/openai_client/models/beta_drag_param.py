"""BetaDragParam: A drag action."""

from typing import Literal

from .._base_model import BaseModel
from .beta_coord_param import BetaCoordParam

__all__ = ["BetaDragParam"]


class BetaDragParam(BaseModel):
    """A drag action."""

    type: Literal["drag"]
    """Specifies the event type. For a drag action, this property is always set to
    `drag`.
    """

    path: list[BetaCoordParam]
    """An array of coordinates representing the path of the drag action. Coordinates
    will appear as an array of objects, eg
    ```
    [
      { x: 100, y: 200 },
      { x: 200, y: 300 }
    ]
    ```
    """

    keys: list[str] | None = None

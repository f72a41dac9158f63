"""DragParam: A drag action."""

from typing import Literal

from .._base_model import BaseModel
from .coord_param import CoordParam

__all__ = ["DragParam"]


class DragParam(BaseModel):
    """A drag action."""

    type: Literal["drag"]
    """Specifies the event type. For a drag action, this property is always set to
    `drag`.
    """

    path: list[CoordParam]
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

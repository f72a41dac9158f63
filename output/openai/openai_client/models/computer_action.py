from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .click_param import ClickParam
from .double_click_action import DoubleClickAction
from .drag_param import DragParam
from .key_press_action import KeyPressAction
from .move_param import MoveParam
from .screenshot_param import ScreenshotParam
from .scroll_param import ScrollParam
from .type_param import TypeParam
from .wait_param import WaitParam

__all__ = ["ComputerAction"]

ComputerAction: TypeAlias = Annotated[
    Annotated[ClickParam, pydantic.Tag("ClickParam")]
    | Annotated[DoubleClickAction, pydantic.Tag("DoubleClickAction")]
    | Annotated[DragParam, pydantic.Tag("DragParam")]
    | Annotated[KeyPressAction, pydantic.Tag("KeyPressAction")]
    | Annotated[MoveParam, pydantic.Tag("MoveParam")]
    | Annotated[ScreenshotParam, pydantic.Tag("ScreenshotParam")]
    | Annotated[ScrollParam, pydantic.Tag("ScrollParam")]
    | Annotated[TypeParam, pydantic.Tag("TypeParam")]
    | Annotated[WaitParam, pydantic.Tag("WaitParam")]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "click": "ClickParam",
            "double_click": "DoubleClickAction",
            "drag": "DragParam",
            "keypress": "KeyPressAction",
            "move": "MoveParam",
            "screenshot": "ScreenshotParam",
            "scroll": "ScrollParam",
            "type": "TypeParam",
            "wait": "WaitParam",
        },
    ),
]

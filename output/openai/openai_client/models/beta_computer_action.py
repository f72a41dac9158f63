from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .beta_click_param import BetaClickParam
from .beta_double_click_action import BetaDoubleClickAction
from .beta_drag_param import BetaDragParam
from .beta_key_press_action import BetaKeyPressAction
from .beta_move_param import BetaMoveParam
from .beta_screenshot_param import BetaScreenshotParam
from .beta_scroll_param import BetaScrollParam
from .beta_type_param import BetaTypeParam
from .beta_wait_param import BetaWaitParam

__all__ = ["BetaComputerAction"]

BetaComputerAction: TypeAlias = Annotated[
    Annotated[BetaClickParam, pydantic.Tag("BetaClickParam")]
    | Annotated[BetaDoubleClickAction, pydantic.Tag("BetaDoubleClickAction")]
    | Annotated[BetaDragParam, pydantic.Tag("BetaDragParam")]
    | Annotated[BetaKeyPressAction, pydantic.Tag("BetaKeyPressAction")]
    | Annotated[BetaMoveParam, pydantic.Tag("BetaMoveParam")]
    | Annotated[BetaScreenshotParam, pydantic.Tag("BetaScreenshotParam")]
    | Annotated[BetaScrollParam, pydantic.Tag("BetaScrollParam")]
    | Annotated[BetaTypeParam, pydantic.Tag("BetaTypeParam")]
    | Annotated[BetaWaitParam, pydantic.Tag("BetaWaitParam")]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "click": "BetaClickParam",
            "double_click": "BetaDoubleClickAction",
            "drag": "BetaDragParam",
            "keypress": "BetaKeyPressAction",
            "move": "BetaMoveParam",
            "screenshot": "BetaScreenshotParam",
            "scroll": "BetaScrollParam",
            "type": "BetaTypeParam",
            "wait": "BetaWaitParam",
        },
    ),
]

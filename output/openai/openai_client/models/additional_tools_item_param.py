from typing import Literal

from .._base_model import BaseModel
from .tool import Tool

__all__ = ["AdditionalToolsItemParam"]


class AdditionalToolsItemParam(BaseModel):
    id: str | None = None

    type: Literal["additional_tools"]
    """The item type. Always `additional_tools`."""

    role: Literal["developer"]
    """The role that provided the additional tools. Only `developer` is supported."""

    tools: list[Tool]
    """A list of additional tools made available at this item."""

"""CustomTextFormatParam: Unconstrained free-form text."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["CustomTextFormatParam"]


class CustomTextFormatParam(BaseModel):
    """Unconstrained free-form text."""

    type: Literal["text"]
    """Unconstrained text format. Always `text`."""

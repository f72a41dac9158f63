"""InputImageContentParamAutoParam: An image input to the model. Learn about [image
inputs](https://api.openai.com/docs/guides/vision)
"""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["InputImageContentParamAutoParam"]


class InputImageContentParamAutoParam(BaseModel):
    """An image input to the model. Learn about [image
    inputs](https://api.openai.com/docs/guides/vision)
    """

    type: Literal["input_image"]
    """The type of the input item. Always `input_image`."""

    image_url: str | None = None

    file_id: str | None = None

    detail: DetailEnum | None = None

    prompt_cache_breakpoint: PromptCacheBreakpointParam | None = None


# Imported last so that models referring to each other can load in any order.
from .detail_enum import DetailEnum  # noqa: E402
from .prompt_cache_breakpoint_param import PromptCacheBreakpointParam  # noqa: E402

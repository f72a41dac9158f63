"""InputImageContentParamAutoParam: An image input to the model. Learn about [image
inputs](https://api.openai.com/docs/guides/vision)
"""

from typing import Literal

from .._base_model import BaseModel
from .detail_enum import DetailEnum
from .prompt_cache_breakpoint_param import PromptCacheBreakpointParam

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

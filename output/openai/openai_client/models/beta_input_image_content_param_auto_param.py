"""BetaInputImageContentParamAutoParam: An image input to the model. Learn about [image
inputs](https://api.openai.com/docs/guides/vision)
"""

from typing import Literal

from .._base_model import BaseModel
from .beta_detail_enum import BetaDetailEnum
from .beta_prompt_cache_breakpoint_param import BetaPromptCacheBreakpointParam

__all__ = ["BetaInputImageContentParamAutoParam"]


class BetaInputImageContentParamAutoParam(BaseModel):
    """An image input to the model. Learn about [image
    inputs](https://api.openai.com/docs/guides/vision)
    """

    type: Literal["input_image"]
    """The type of the input item. Always `input_image`."""

    image_url: str | None = None

    file_id: str | None = None

    detail: BetaDetailEnum | None = None

    prompt_cache_breakpoint: BetaPromptCacheBreakpointParam | None = None

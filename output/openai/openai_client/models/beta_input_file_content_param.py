"""BetaInputFileContentParam: A file input to the model."""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaInputFileContentParam"]


class BetaInputFileContentParam(BaseModel):
    """A file input to the model."""

    type: Literal["input_file"]
    """The type of the input item. Always `input_file`."""

    file_id: str | None = None

    filename: str | None = None

    file_data: str | None = None

    file_url: str | None = None

    detail: BetaFileDetailEnum | None = None
    """The detail level of the file to be sent to the model. Use `auto` to let the
    system select the detail level; for GPT-5.6 and later models, `auto` uses
    high-quality rendering, which may increase input token usage. Use `low` for
    lower-cost rendering, or `high` to render the file at higher quality. Defaults to
    `auto`.
    """

    prompt_cache_breakpoint: BetaPromptCacheBreakpointParam | None = None


# Imported last so that models referring to each other can load in any order.
from .beta_file_detail_enum import BetaFileDetailEnum  # noqa: E402
from .beta_prompt_cache_breakpoint_param import (  # noqa: E402
    BetaPromptCacheBreakpointParam,
)

"""InputFileContentParam: A file input to the model."""

from typing import Literal

from .._base_model import BaseModel
from .file_detail_enum import FileDetailEnum
from .prompt_cache_breakpoint_param import PromptCacheBreakpointParam

__all__ = ["InputFileContentParam"]


class InputFileContentParam(BaseModel):
    """A file input to the model."""

    type: Literal["input_file"]
    """The type of the input item. Always `input_file`."""

    file_id: str | None = None

    filename: str | None = None

    file_data: str | None = None

    file_url: str | None = None

    detail: FileDetailEnum | None = None
    """The detail level of the file to be sent to the model. Use `auto` to let the
    system select the detail level; for GPT-5.6 and later models, `auto` uses
    high-quality rendering, which may increase input token usage. Use `low` for
    lower-cost rendering, or `high` to render the file at higher quality. Defaults to
    `auto`.
    """

    prompt_cache_breakpoint: PromptCacheBreakpointParam | None = None

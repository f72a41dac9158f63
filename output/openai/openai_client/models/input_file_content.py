"""InputFileContent: A file input to the model."""

from typing import Literal

from .._base_model import BaseModel
from .file_input_detail import FileInputDetail
from .prompt_cache_breakpoint_config import PromptCacheBreakpointConfig

__all__ = ["InputFileContent"]


class InputFileContent(BaseModel):
    """A file input to the model."""

    type: Literal["input_file"]
    """The type of the input item. Always `input_file`."""

    file_id: str | None = None

    filename: str | None = None
    """The name of the file to be sent to the model."""

    file_data: str | None = None
    """The content of the file to be sent to the model."""

    prompt_cache_breakpoint: PromptCacheBreakpointConfig | None = None
    """Marks the exact end of a reusable prompt prefix. The breakpoint inherits its TTL
    from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a
    token block.
    """

    file_url: str | None = None
    """The URL of the file to be sent to the model."""

    detail: FileInputDetail | None = None
    """The detail level of the file to be sent to the model. Use `auto` to let the
    system select the detail level; for GPT-5.6 and later models, `auto` uses
    high-quality rendering, which may increase input token usage. Use `low` for
    lower-cost rendering, or `high` to render the file at higher quality. Defaults to
    `auto`.
    """

"""InlineSkillSourceParam: Inline skill payload"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["InlineSkillSourceParam"]


class InlineSkillSourceParam(BaseModel):
    """Inline skill payload"""

    type: Literal["base64"]
    """The type of the inline skill source. Must be `base64`."""

    media_type: Literal["application/zip"]
    """The media type of the inline skill payload. Must be `application/zip`."""

    data: str
    """Base64-encoded skill zip bundle."""

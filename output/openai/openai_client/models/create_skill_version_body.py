"""CreateSkillVersionBody: Uploads a new immutable version of a skill."""

from .._base_model import BaseModel

__all__ = ["CreateSkillVersionBody"]


class CreateSkillVersionBody(BaseModel):
    """Uploads a new immutable version of a skill."""

    files: list[bytes] | bytes

    default: bool | None = None
    """Whether to set this version as the default."""

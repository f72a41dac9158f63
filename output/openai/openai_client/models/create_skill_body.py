"""CreateSkillBody: Uploads a skill either as a directory (multipart `files[]`) or as a
single zip file.
"""

from .._base_model import BaseModel

__all__ = ["CreateSkillBody"]


class CreateSkillBody(BaseModel):
    """Uploads a skill either as a directory (multipart `files[]`) or as a single zip
    file.
    """

    files: list[bytes] | bytes

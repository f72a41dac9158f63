"""BetaEncryptedContent: Opaque encrypted content that Responses API decrypts inside
trusted model execution.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["BetaEncryptedContent"]


class BetaEncryptedContent(BaseModel):
    """Opaque encrypted content that Responses API decrypts inside trusted model
    execution.
    """

    type: Literal["encrypted_content"]
    """The type of the input item. Always `encrypted_content`."""

    encrypted_content: str
    """Opaque encrypted content."""

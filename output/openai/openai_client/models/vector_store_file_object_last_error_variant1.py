"""VectorStoreFileObjectLastErrorVariant1: The last error associated with this vector
store file. Will be `null` if there are no errors.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["VectorStoreFileObjectLastErrorVariant1"]


class VectorStoreFileObjectLastErrorVariant1(BaseModel):
    """The last error associated with this vector store file. Will be `null` if there
    are no errors.
    """

    code: Literal["server_error", "unsupported_file", "invalid_file"] | str
    """One of `server_error`, `unsupported_file`, or `invalid_file`."""

    message: str
    """A human-readable description of the error."""

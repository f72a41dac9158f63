"""ErrorEvent: Occurs when an
[error](https://api.openai.com/docs/guides/error-codes#api-errors) occurs. This can
happen due to an internal server error or a timeout.
"""

from typing import Literal

from .._base_model import BaseModel
from .error import Error

__all__ = ["ErrorEvent"]


class ErrorEvent(BaseModel):
    """Occurs when an [error](https://api.openai.com/docs/guides/error-codes#api-errors)
    occurs. This can happen due to an internal server error or a timeout.
    """

    event: Literal["error"]

    data: Error

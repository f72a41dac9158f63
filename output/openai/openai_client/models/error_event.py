"""ErrorEvent: Occurs when an
[error](https://api.openai.com/docs/guides/error-codes#api-errors) occurs. This can
happen due to an internal server error or a timeout.
"""

from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ErrorEvent"]


class ErrorEvent(BaseModel):
    """Occurs when an [error](https://api.openai.com/docs/guides/error-codes#api-errors)
    occurs. This can happen due to an internal server error or a timeout.
    """

    event: Literal["error"]

    data: Error


# Imported last so that models referring to each other can load in any order.
from .error import Error  # noqa: E402

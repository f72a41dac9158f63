from __future__ import annotations

from typing import Literal

from .._base_model import BaseModel

__all__ = ["ListAuditLogsResponse"]


class ListAuditLogsResponse(BaseModel):
    object: Literal["list"]

    data: list[AuditLog]

    first_id: str | None = None

    last_id: str | None = None

    has_more: bool


# Imported last so that models referring to each other can load in any order.
from .audit_log import AuditLog  # noqa: E402

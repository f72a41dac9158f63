from typing import Literal

from .._base_model import BaseModel
from .audit_log import AuditLog

__all__ = ["ListAuditLogsResponse"]


class ListAuditLogsResponse(BaseModel):
    object: Literal["list"]

    data: list[AuditLog]

    first_id: str | None = None

    last_id: str | None = None

    has_more: bool

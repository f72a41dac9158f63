from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["ModifyThreadRequest"]


class ModifyThreadRequest(BaseModel):
    tool_resources: ModifyThreadRequestToolResourcesVariant1 | None = None

    metadata: Metadata | None = None


# Imported last so that models referring to each other can load in any order.
from .metadata import Metadata  # noqa: E402
from .modify_thread_request_tool_resources_variant1 import (  # noqa: E402
    ModifyThreadRequestToolResourcesVariant1,
)

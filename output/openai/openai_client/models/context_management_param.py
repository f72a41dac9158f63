from .._base_model import BaseModel

__all__ = ["ContextManagementParam"]


class ContextManagementParam(BaseModel):
    type: str
    """The context management entry type. Currently only 'compaction' is supported."""

    compact_threshold: int | None = None

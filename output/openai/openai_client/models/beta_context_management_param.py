from .._base_model import BaseModel

__all__ = ["BetaContextManagementParam"]


class BetaContextManagementParam(BaseModel):
    type: str
    """The context management entry type. Currently only 'compaction' is supported."""

    compact_threshold: int | None = None

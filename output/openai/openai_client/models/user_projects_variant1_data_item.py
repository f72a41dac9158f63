from .._base_model import BaseModel

__all__ = ["UserProjectsVariant1DataItem"]


class UserProjectsVariant1DataItem(BaseModel):
    id: str | None = None

    name: str | None = None

    role: str | None = None

from .._base_model import BaseModel

__all__ = ["Category"]


class Category(BaseModel):
    id: int | None = None

    name: str | None = None

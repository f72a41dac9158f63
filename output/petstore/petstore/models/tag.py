from .._base_model import BaseModel

__all__ = ["Tag"]


class Tag(BaseModel):
    id: int | None = None

    name: str | None = None

from .._base_model import BaseModel

__all__ = ["Error"]


class Error(BaseModel):
    code: str | None

    message: str

    param: str | None

    type: str

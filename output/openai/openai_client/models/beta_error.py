from .._base_model import BaseModel

__all__ = ["BetaError"]


class BetaError(BaseModel):
    code: str | None

    message: str

    param: str | None

    type: str

from .._base_model import BaseModel

__all__ = ["ApiResponse2"]


class ApiResponse2(BaseModel):
    code: int | None = None

    type: str | None = None

    message: str | None = None

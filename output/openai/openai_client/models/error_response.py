from .._base_model import BaseModel
from .error import Error

__all__ = ["ErrorResponse"]


class ErrorResponse(BaseModel):
    error: Error

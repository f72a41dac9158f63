from .._base_model import BaseModel

__all__ = ["DeleteModelResponse"]


class DeleteModelResponse(BaseModel):
    id: str

    deleted: bool

    object: str

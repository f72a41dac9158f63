from .._base_model import BaseModel

__all__ = ["DeleteEvalResponse"]


class DeleteEvalResponse(BaseModel):
    object: str

    deleted: bool

    eval_id: str

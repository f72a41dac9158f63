from .._base_model import BaseModel

__all__ = ["DeleteEvalRunResponse"]


class DeleteEvalRunResponse(BaseModel):
    object: str | None = None

    deleted: bool | None = None

    run_id: str | None = None

from .._base_model import BaseModel

__all__ = ["CreateTranslationResponseJson"]


class CreateTranslationResponseJson(BaseModel):
    text: str

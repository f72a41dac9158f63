from .._base_model import BaseModel

__all__ = ["CreateContentProvenanceBody"]


class CreateContentProvenanceBody(BaseModel):
    file: bytes
    """The image or audio file to check for supported OpenAI provenance signals."""

from .._base_model import BaseModel

__all__ = ["CreateThreadAndRunRequestToolResourcesFileSearch"]


class CreateThreadAndRunRequestToolResourcesFileSearch(BaseModel):
    vector_store_ids: list[str] | None = None
    """The ID of the [vector
    store](https://api.openai.com/docs/api-reference/vector-stores/object) attached
    to this assistant. There can be a maximum of 1 vector store attached to the
    assistant.
    """

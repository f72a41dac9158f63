from .._base_model import BaseModel

__all__ = ["ModifyThreadRequestToolResourcesVariant1FileSearch"]


class ModifyThreadRequestToolResourcesVariant1FileSearch(BaseModel):
    vector_store_ids: list[str] | None = None
    """The [vector
    store](https://api.openai.com/docs/api-reference/vector-stores/object) attached
    to this thread. There can be a maximum of 1 vector store attached to the thread.
    """

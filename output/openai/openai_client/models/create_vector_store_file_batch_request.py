from typing import Any, TypeAlias

__all__ = ["CreateVectorStoreFileBatchRequest"]

CreateVectorStoreFileBatchRequest: TypeAlias = Any

"""CreateVectorStoreFileBatchRequest."""

from __future__ import annotations

from typing import Any
from typing_extensions import TypeAlias

__all__ = ["CreateVectorStoreFileBatchRequest"]

CreateVectorStoreFileBatchRequest: TypeAlias = Any
"""CreateVectorStoreFileBatchRequest"""

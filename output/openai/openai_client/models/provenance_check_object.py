from typing import Literal, TypeAlias

__all__ = ["ProvenanceCheckObject"]

ProvenanceCheckObject: TypeAlias = Literal["content_provenance_check"]

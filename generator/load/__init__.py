"""Read a spec from disk, validate it and give access to its `$ref`s."""

from .document import Document, load_document
from .refs import RefResolver

__all__ = ["Document", "RefResolver", "load_document"]

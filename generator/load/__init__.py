"""Read a spec from disk, validate it and give access to its `$ref`s."""

from generator.load.document import Document, load_document
from generator.load.refs import RefResolver

__all__ = ["Document", "RefResolver", "load_document"]

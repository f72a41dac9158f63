"""clientgen: OpenAPI -> typed Python client and Markdown docs."""

__version__ = "0.1.0"

"""ImageRefParam: Reference an input image by either URL or uploaded file ID.
Provide exactly one of `image_url` or `file_id`.
"""

from typing import Any, TypeAlias

__all__ = ["ImageRefParam"]

ImageRefParam: TypeAlias = Any
"""Reference an input image by either URL or uploaded file ID.
Provide exactly one of `image_url` or `file_id`.
"""

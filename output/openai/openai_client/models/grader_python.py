"""GraderPython: A PythonGrader object that runs a python script on the input."""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["GraderPython"]


class GraderPython(BaseModel):
    """A PythonGrader object that runs a python script on the input."""

    type: Literal["python"]
    """The object type, which is always `python`."""

    name: str
    """The name of the grader."""

    source: str
    """The source code of the python script."""

    image_tag: str | None = None
    """The image tag to use for the python script."""

"""RunToolCallObjectFunction: The function definition."""

from .._base_model import BaseModel

__all__ = ["RunToolCallObjectFunction"]


class RunToolCallObjectFunction(BaseModel):
    """The function definition."""

    name: str
    """The name of the function."""

    arguments: str
    """The arguments that the model expects you to pass to the function."""

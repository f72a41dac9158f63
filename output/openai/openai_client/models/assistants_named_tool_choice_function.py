from .._base_model import BaseModel

__all__ = ["AssistantsNamedToolChoiceFunction"]


class AssistantsNamedToolChoiceFunction(BaseModel):
    name: str
    """The name of the function to call."""

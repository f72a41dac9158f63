from .._base_model import BaseModel

__all__ = ["RunStepDetailsMessageCreationObjectMessageCreation"]


class RunStepDetailsMessageCreationObjectMessageCreation(BaseModel):
    message_id: str
    """The ID of the message that was created by this run step."""

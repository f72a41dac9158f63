from .._base_model import BaseModel

__all__ = ["RunStepDeltaStepDetailsMessageCreationObjectMessageCreation"]


class RunStepDeltaStepDetailsMessageCreationObjectMessageCreation(BaseModel):
    message_id: str | None = None
    """The ID of the message that was created by this run step."""

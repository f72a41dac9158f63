"""BetaComputerCallSafetyCheckParam: A pending safety check for the computer call."""

from .._base_model import BaseModel

__all__ = ["BetaComputerCallSafetyCheckParam"]


class BetaComputerCallSafetyCheckParam(BaseModel):
    """A pending safety check for the computer call."""

    id: str
    """The ID of the pending safety check."""

    code: str | None = None

    message: str | None = None

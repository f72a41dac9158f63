"""UsageCodeInterpreterSessionsResult: The aggregated code interpreter sessions usage
details of the specific time bucket.
"""

from typing import Literal

from .._base_model import BaseModel

__all__ = ["UsageCodeInterpreterSessionsResult"]


class UsageCodeInterpreterSessionsResult(BaseModel):
    """The aggregated code interpreter sessions usage details of the specific time
    bucket.
    """

    object: Literal["organization.usage.code_interpreter_sessions.result"]

    num_sessions: int
    """The number of code interpreter sessions."""

    project_id: str | None = None

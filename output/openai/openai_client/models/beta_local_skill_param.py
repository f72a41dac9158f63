from .._base_model import BaseModel

__all__ = ["BetaLocalSkillParam"]


class BetaLocalSkillParam(BaseModel):
    name: str
    """The name of the skill."""

    description: str
    """The description of the skill."""

    path: str
    """The path to the directory containing the skill."""

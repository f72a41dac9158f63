"""CreateModerationResponseResultsItemCategoryScores: A list of the categories along
with their scores as predicted by model.
"""

from pydantic import Field

from .._base_model import BaseModel

__all__ = ["CreateModerationResponseResultsItemCategoryScores"]


class CreateModerationResponseResultsItemCategoryScores(BaseModel):
    """A list of the categories along with their scores as predicted by model."""

    hate: float
    """The score for the category 'hate'."""

    hate_threatening: float = Field(alias="hate/threatening")
    """The score for the category 'hate/threatening'.

    Wire name: `hate/threatening`.
    """

    harassment: float
    """The score for the category 'harassment'."""

    harassment_threatening: float = Field(alias="harassment/threatening")
    """The score for the category 'harassment/threatening'.

    Wire name: `harassment/threatening`.
    """

    illicit: float
    """The score for the category 'illicit'."""

    illicit_violent: float = Field(alias="illicit/violent")
    """The score for the category 'illicit/violent'.

    Wire name: `illicit/violent`.
    """

    self_harm: float = Field(alias="self-harm")
    """The score for the category 'self-harm'.

    Wire name: `self-harm`.
    """

    self_harm_intent: float = Field(alias="self-harm/intent")
    """The score for the category 'self-harm/intent'.

    Wire name: `self-harm/intent`.
    """

    self_harm_instructions: float = Field(alias="self-harm/instructions")
    """The score for the category 'self-harm/instructions'.

    Wire name: `self-harm/instructions`.
    """

    sexual: float
    """The score for the category 'sexual'."""

    sexual_minors: float = Field(alias="sexual/minors")
    """The score for the category 'sexual/minors'.

    Wire name: `sexual/minors`.
    """

    violence: float
    """The score for the category 'violence'."""

    violence_graphic: float = Field(alias="violence/graphic")
    """The score for the category 'violence/graphic'.

    Wire name: `violence/graphic`.
    """

"""CreateModerationResponseResultsItemCategories: A list of the categories, and whether
they are flagged or not.
"""

from pydantic import Field

from .._base_model import BaseModel

__all__ = ["CreateModerationResponseResultsItemCategories"]


class CreateModerationResponseResultsItemCategories(BaseModel):
    """A list of the categories, and whether they are flagged or not."""

    hate: bool
    """Content that expresses, incites, or promotes hate based on race, gender,
    ethnicity, religion, nationality, sexual orientation, disability status, or
    caste. Hateful content aimed at non-protected groups (e.g., chess players) is
    harassment.
    """

    hate_threatening: bool = Field(alias="hate/threatening")
    """Hateful content that also includes violence or serious harm towards the targeted
    group based on race, gender, ethnicity, religion, nationality, sexual
    orientation, disability status, or caste.

    Wire name: `hate/threatening`.
    """

    harassment: bool
    """Content that expresses, incites, or promotes harassing language towards any
    target.
    """

    harassment_threatening: bool = Field(alias="harassment/threatening")
    """Harassment content that also includes violence or serious harm towards any
    target.

    Wire name: `harassment/threatening`.
    """

    illicit: bool | None

    illicit_violent: bool | None = Field(alias="illicit/violent")
    """Wire name: `illicit/violent`."""

    self_harm: bool = Field(alias="self-harm")
    """Content that promotes, encourages, or depicts acts of self-harm, such as suicide,
    cutting, and eating disorders.

    Wire name: `self-harm`.
    """

    self_harm_intent: bool = Field(alias="self-harm/intent")
    """Content where the speaker expresses that they are engaging or intend to engage in
    acts of self-harm, such as suicide, cutting, and eating disorders.

    Wire name: `self-harm/intent`.
    """

    self_harm_instructions: bool = Field(alias="self-harm/instructions")
    """Content that encourages performing acts of self-harm, such as suicide, cutting,
    and eating disorders, or that gives instructions or advice on how to commit such
    acts.

    Wire name: `self-harm/instructions`.
    """

    sexual: bool
    """Content meant to arouse sexual excitement, such as the description of sexual
    activity, or that promotes sexual services (excluding sex education and
    wellness).
    """

    sexual_minors: bool = Field(alias="sexual/minors")
    """Sexual content that includes an individual who is under 18 years old.

    Wire name: `sexual/minors`.
    """

    violence: bool
    """Content that depicts death, violence, or physical injury."""

    violence_graphic: bool = Field(alias="violence/graphic")
    """Content that depicts death, violence, or physical injury in graphic detail.

    Wire name: `violence/graphic`.
    """

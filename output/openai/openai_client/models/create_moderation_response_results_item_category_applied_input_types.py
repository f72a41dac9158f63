"""CreateModerationResponseResultsItemCategoryAppliedInputTypes: A list of the
categories along with the input type(s) that the score applies to.
"""

from typing import Literal

from pydantic import Field

from .._base_model import BaseModel

__all__ = ["CreateModerationResponseResultsItemCategoryAppliedInputTypes"]


class CreateModerationResponseResultsItemCategoryAppliedInputTypes(BaseModel):
    """A list of the categories along with the input type(s) that the score applies to."""

    hate: list[Literal["text"]]
    """The applied input type(s) for the category 'hate'."""

    hate_threatening: list[Literal["text"]] = Field(alias="hate/threatening")
    """The applied input type(s) for the category 'hate/threatening'.

    Wire name: `hate/threatening`.
    """

    harassment: list[Literal["text"]]
    """The applied input type(s) for the category 'harassment'."""

    harassment_threatening: list[Literal["text"]] = Field(
        alias="harassment/threatening"
    )
    """The applied input type(s) for the category 'harassment/threatening'.

    Wire name: `harassment/threatening`.
    """

    illicit: list[Literal["text"]]
    """The applied input type(s) for the category 'illicit'."""

    illicit_violent: list[Literal["text"]] = Field(alias="illicit/violent")
    """The applied input type(s) for the category 'illicit/violent'.

    Wire name: `illicit/violent`.
    """

    self_harm: list[Literal["text", "image"] | str] = Field(alias="self-harm")
    """The applied input type(s) for the category 'self-harm'.

    Wire name: `self-harm`.
    """

    self_harm_intent: list[Literal["text", "image"] | str] = Field(
        alias="self-harm/intent"
    )
    """The applied input type(s) for the category 'self-harm/intent'.

    Wire name: `self-harm/intent`.
    """

    self_harm_instructions: list[Literal["text", "image"] | str] = Field(
        alias="self-harm/instructions"
    )
    """The applied input type(s) for the category 'self-harm/instructions'.

    Wire name: `self-harm/instructions`.
    """

    sexual: list[Literal["text", "image"] | str]
    """The applied input type(s) for the category 'sexual'."""

    sexual_minors: list[Literal["text"]] = Field(alias="sexual/minors")
    """The applied input type(s) for the category 'sexual/minors'.

    Wire name: `sexual/minors`.
    """

    violence: list[Literal["text", "image"] | str]
    """The applied input type(s) for the category 'violence'."""

    violence_graphic: list[Literal["text", "image"] | str] = Field(
        alias="violence/graphic"
    )
    """The applied input type(s) for the category 'violence/graphic'.

    Wire name: `violence/graphic`.
    """

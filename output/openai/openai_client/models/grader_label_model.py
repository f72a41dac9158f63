"""GraderLabelModel: A LabelModelGrader object which uses a model to assign labels to
each item
in the evaluation.
"""

from typing import Literal

from .._base_model import BaseModel
from .eval_item import EvalItem

__all__ = ["GraderLabelModel"]


class GraderLabelModel(BaseModel):
    """A LabelModelGrader object which uses a model to assign labels to each item
    in the evaluation.
    """

    type: Literal["label_model"]
    """The object type, which is always `label_model`."""

    name: str
    """The name of the grader."""

    model: str
    """The model to use for the evaluation. Must support structured outputs."""

    input: list[EvalItem]

    labels: list[str]
    """The labels to assign to each item in the evaluation."""

    passing_labels: list[str]
    """The labels that indicate a passing result. Must be a subset of labels."""

"""CreateEvalLabelModelGrader: A LabelModelGrader object which uses a model to assign
labels to each item
in the evaluation.
"""

from typing import Literal

from .._base_model import BaseModel
from .create_eval_item import CreateEvalItem

__all__ = ["CreateEvalLabelModelGrader"]


class CreateEvalLabelModelGrader(BaseModel):
    """A LabelModelGrader object which uses a model to assign labels to each item
    in the evaluation.
    """

    type: Literal["label_model"]
    """The object type, which is always `label_model`."""

    name: str
    """The name of the grader."""

    model: str
    """The model to use for the evaluation. Must support structured outputs."""

    input: list[CreateEvalItem]
    """A list of chat messages forming the prompt or context. May include variable
    references to the `item` namespace, ie {{item.name}}.
    """

    labels: list[str]
    """The labels to classify to each item in the evaluation."""

    passing_labels: list[str]
    """The labels that indicate a passing result. Must be a subset of labels."""

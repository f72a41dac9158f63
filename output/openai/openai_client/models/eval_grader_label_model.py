from .grader_label_model import GraderLabelModel

__all__ = ["EvalGraderLabelModel"]


class EvalGraderLabelModel(GraderLabelModel):
    pass


# Imported last so that models referring to each other can load in any order.
from .eval_item import EvalItem as EvalItem  # noqa: E402

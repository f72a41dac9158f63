from .grader_python import GraderPython

__all__ = ["EvalGraderPython"]


class EvalGraderPython(GraderPython):
    pass_threshold: float | None = None
    """The threshold for the score."""

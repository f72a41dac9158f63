from .grader_string_check import GraderStringCheck

__all__ = ["EvalGraderStringCheck"]


class EvalGraderStringCheck(GraderStringCheck):
    pass

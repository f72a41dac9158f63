from typing import Literal, TypeAlias

__all__ = ["ProvenanceDetectionResultApi"]

ProvenanceDetectionResultApi: TypeAlias = Literal["detected", "not_detected"] | str

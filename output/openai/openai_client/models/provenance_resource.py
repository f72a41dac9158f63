from typing import Annotated, Any

import pydantic

from .._base_model import BaseModel, discriminate
from .c2_pa_provenance_result import C2PAProvenanceResult
from .provenance_check_object import ProvenanceCheckObject
from .synth_id_provenance_result import SynthIDProvenanceResult

__all__ = ["ProvenanceResource"]


class ProvenanceResource(BaseModel):
    object: ProvenanceCheckObject
    """The object type. Always `content_provenance_check` for this endpoint."""

    created_at: int
    """The Unix timestamp, in seconds, when the provenance check was created."""

    results: list[
        Annotated[
            Annotated[C2PAProvenanceResult, pydantic.Tag("C2PAProvenanceResult")]
            | Annotated[
                SynthIDProvenanceResult, pydantic.Tag("SynthIDProvenanceResult")
            ]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {"c2pa": "C2PAProvenanceResult", "synthid": "SynthIDProvenanceResult"},
            ),
        ]
    ]
    """The provenance results that apply to the uploaded file. Image results include
    C2PA and SynthID; audio results include SynthID.
    """

"""BetaApplyPatchOperationParam: One of the create_file, delete_file, or update_file
operations supplied to the apply_patch tool.
"""

from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .beta_apply_patch_create_file_operation_param import (
    BetaApplyPatchCreateFileOperationParam,
)
from .beta_apply_patch_delete_file_operation_param import (
    BetaApplyPatchDeleteFileOperationParam,
)
from .beta_apply_patch_update_file_operation_param import (
    BetaApplyPatchUpdateFileOperationParam,
)

__all__ = ["BetaApplyPatchOperationParam"]

BetaApplyPatchOperationParam: TypeAlias = Annotated[
    Annotated[
        BetaApplyPatchCreateFileOperationParam,
        pydantic.Tag("BetaApplyPatchCreateFileOperationParam"),
    ]
    | Annotated[
        BetaApplyPatchDeleteFileOperationParam,
        pydantic.Tag("BetaApplyPatchDeleteFileOperationParam"),
    ]
    | Annotated[
        BetaApplyPatchUpdateFileOperationParam,
        pydantic.Tag("BetaApplyPatchUpdateFileOperationParam"),
    ]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "create_file": "BetaApplyPatchCreateFileOperationParam",
            "delete_file": "BetaApplyPatchDeleteFileOperationParam",
            "update_file": "BetaApplyPatchUpdateFileOperationParam",
        },
    ),
]
"""One of the create_file, delete_file, or update_file operations supplied to the
apply_patch tool.
"""

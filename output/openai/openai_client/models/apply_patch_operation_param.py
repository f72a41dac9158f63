"""ApplyPatchOperationParam: One of the create_file, delete_file, or update_file
operations supplied to the apply_patch tool.
"""

from typing import Annotated, Any, TypeAlias

import pydantic

from .._base_model import discriminate
from .apply_patch_create_file_operation_param import ApplyPatchCreateFileOperationParam
from .apply_patch_delete_file_operation_param import ApplyPatchDeleteFileOperationParam
from .apply_patch_update_file_operation_param import ApplyPatchUpdateFileOperationParam

__all__ = ["ApplyPatchOperationParam"]

ApplyPatchOperationParam: TypeAlias = Annotated[
    Annotated[
        ApplyPatchCreateFileOperationParam,
        pydantic.Tag("ApplyPatchCreateFileOperationParam"),
    ]
    | Annotated[
        ApplyPatchDeleteFileOperationParam,
        pydantic.Tag("ApplyPatchDeleteFileOperationParam"),
    ]
    | Annotated[
        ApplyPatchUpdateFileOperationParam,
        pydantic.Tag("ApplyPatchUpdateFileOperationParam"),
    ]
    | Annotated[dict[str, Any], pydantic.Tag("")],
    discriminate(
        "type",
        "type",
        {
            "create_file": "ApplyPatchCreateFileOperationParam",
            "delete_file": "ApplyPatchDeleteFileOperationParam",
            "update_file": "ApplyPatchUpdateFileOperationParam",
        },
    ),
]
"""One of the create_file, delete_file, or update_file operations supplied to the
apply_patch tool.
"""

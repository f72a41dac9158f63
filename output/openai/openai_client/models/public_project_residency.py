from typing import Literal, TypeAlias

__all__ = ["PublicProjectResidency"]

PublicProjectResidency: TypeAlias = (
    Literal[
        "GLOBAL",
        "US_STORAGE_PROCESSING",
        "EU_STORAGE_PROCESSING",
        "JP_STORAGE",
        "KR_STORAGE",
        "CA_STORAGE",
        "SG_STORAGE",
        "IN_STORAGE",
        "AU_STORAGE",
        "GB_STORAGE",
        "AE_STORAGE",
        "AE_STORAGE_PROCESSING",
    ]
    | str
)

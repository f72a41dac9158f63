from .._base_model import BaseModel

__all__ = ["ToggleCertificatesRequest"]


class ToggleCertificatesRequest(BaseModel):
    certificate_ids: list[str]

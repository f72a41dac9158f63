from .._base_model import BaseModel

__all__ = ["ProjectServiceAccountCreateRequest"]


class ProjectServiceAccountCreateRequest(BaseModel):
    name: str
    """The name of the service account being created."""

    create_service_account_only: bool | None = None

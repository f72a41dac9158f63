from .._base_model import BaseModel

__all__ = ["AdminApiKeysCreateRequest"]


class AdminApiKeysCreateRequest(BaseModel):
    name: str

    expires_in_seconds: int | None = None
    """The number of seconds until the API key expires. Omit this field for a key that
    does not expire.
    """

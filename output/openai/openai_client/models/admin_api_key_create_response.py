from .admin_api_key import AdminApiKey

__all__ = ["AdminApiKeyCreateResponse"]


class AdminApiKeyCreateResponse(AdminApiKey):
    value: str
    """The value of the API key. Only shown on create."""


# Imported last so that models referring to each other can load in any order.
from .admin_api_key_owner import AdminApiKeyOwner as AdminApiKeyOwner  # noqa: E402

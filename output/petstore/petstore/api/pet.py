"""pet operations: Everything about your Pets"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from .._runtime import Endpoint as _Endpoint
from .._types import NOT_GIVEN, ApiResponse, FileContent, NotGiven, TimeoutTypes
from ..models.api_response2 import ApiResponse2
from ..models.category import Category
from ..models.pet import Pet
from ..models.tag import Tag

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["PetApi", "AsyncPetApi"]

_UPDATE_PET = _Endpoint(
    method="PUT",
    path="/pet",
    operation_id="updatePet",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": Pet,
        "400": None,
        "404": None,
        "422": None,
        "default": None,
    },
    security=(("petstore_auth",),),
    accept="application/json",
    params=(
        ("id", "id", "field"),
        ("name", "name", "field"),
        ("category", "category", "field"),
        ("photo_urls", "photoUrls", "field"),
        ("tags", "tags", "field"),
        ("status", "status", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_ADD_PET = _Endpoint(
    method="POST",
    path="/pet",
    operation_id="addPet",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": Pet,
        "400": None,
        "422": None,
        "default": None,
    },
    security=(("petstore_auth",),),
    accept="application/json",
    params=(
        ("id", "id", "field"),
        ("name", "name", "field"),
        ("category", "category", "field"),
        ("photo_urls", "photoUrls", "field"),
        ("tags", "tags", "field"),
        ("status", "status", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_FIND_PETS_BY_STATUS = _Endpoint(
    method="GET",
    path="/pet/findByStatus",
    operation_id="findPetsByStatus",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": list[Pet],
        "400": None,
        "default": None,
    },
    security=(("petstore_auth",),),
    accept="application/json",
    params=(("status", "status", "query"),),
    body_mode="none",
)

_FIND_PETS_BY_TAGS = _Endpoint(
    method="GET",
    path="/pet/findByTags",
    operation_id="findPetsByTags",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": list[Pet],
        "400": None,
        "default": None,
    },
    security=(("petstore_auth",),),
    accept="application/json",
    params=(("tags", "tags", "query"),),
    body_mode="none",
)

_GET_PET_BY_ID = _Endpoint(
    method="GET",
    path="/pet/{petId}",
    operation_id="getPetById",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": Pet,
        "400": None,
        "404": None,
        "default": None,
    },
    security=(("api_key",), ("petstore_auth",)),
    accept="application/json",
    params=(("pet_id", "petId", "path"),),
    body_mode="none",
)

_UPDATE_PET_WITH_FORM = _Endpoint(
    method="POST",
    path="/pet/{petId}",
    operation_id="updatePetWithForm",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": Pet,
        "400": None,
        "default": None,
    },
    security=(("petstore_auth",),),
    accept="application/json",
    params=(
        ("pet_id", "petId", "path"),
        ("name", "name", "query"),
        ("status", "status", "query"),
    ),
    body_mode="none",
)

_DELETE_PET = _Endpoint(
    method="DELETE",
    path="/pet/{petId}",
    operation_id="deletePet",
    body_kind="none",
    content_type=None,
    response_kind="empty",
    responses={
        "200": None,
        "400": None,
        "default": None,
    },
    security=(("petstore_auth",),),
    accept=None,
    params=(
        ("pet_id", "petId", "path"),
        ("api_key", "api_key", "header"),
    ),
    body_mode="none",
)

_UPLOAD_FILE = _Endpoint(
    method="POST",
    path="/pet/{petId}/uploadImage",
    operation_id="uploadFile",
    body_kind="binary",
    content_type="application/octet-stream",
    response_kind="json",
    responses={
        "200": ApiResponse2,
        "400": None,
        "404": None,
        "default": None,
    },
    security=(("petstore_auth",),),
    accept="application/json",
    params=(
        ("pet_id", "petId", "path"),
        ("additional_metadata", "additionalMetadata", "query"),
    ),
    body_mode="body",
)


class PetApi:
    """pet operations: Everything about your Pets

    Reach it as `client.pet`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    @overload
    def update_pet(
        self,
        *,
        body: Pet | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Pet: ...

    @overload
    def update_pet(
        self,
        *,
        name: str,
        photo_urls: list[str],
        id: int | NotGiven = NOT_GIVEN,
        category: Category | NotGiven = NOT_GIVEN,
        tags: list[Tag] | NotGiven = NOT_GIVEN,
        status: Literal["available", "pending", "sold"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Pet: ...

    def update_pet(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        category: Category | NotGiven = NOT_GIVEN,
        photo_urls: list[str] | NotGiven = NOT_GIVEN,
        tags: list[Tag] | NotGiven = NOT_GIVEN,
        status: Literal["available", "pending", "sold"] | str | NotGiven = NOT_GIVEN,
        body: Pet | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Pet:
        """Update an existing pet.

        Update an existing pet by Id.

        Args:
            status: pet status in the store
        """
        _response: ApiResponse[Pet] = self._client._request(_UPDATE_PET, locals())
        return _response.data

    @overload
    def update_pet_with_http_info(
        self,
        *,
        body: Pet | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Pet]: ...

    @overload
    def update_pet_with_http_info(
        self,
        *,
        name: str,
        photo_urls: list[str],
        id: int | NotGiven = NOT_GIVEN,
        category: Category | NotGiven = NOT_GIVEN,
        tags: list[Tag] | NotGiven = NOT_GIVEN,
        status: Literal["available", "pending", "sold"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Pet]: ...

    def update_pet_with_http_info(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        category: Category | NotGiven = NOT_GIVEN,
        photo_urls: list[str] | NotGiven = NOT_GIVEN,
        tags: list[Tag] | NotGiven = NOT_GIVEN,
        status: Literal["available", "pending", "sold"] | str | NotGiven = NOT_GIVEN,
        body: Pet | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Pet]:
        """Like `update_pet`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_UPDATE_PET, locals())

    @overload
    def add_pet(
        self,
        *,
        body: Pet | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Pet: ...

    @overload
    def add_pet(
        self,
        *,
        name: str,
        photo_urls: list[str],
        id: int | NotGiven = NOT_GIVEN,
        category: Category | NotGiven = NOT_GIVEN,
        tags: list[Tag] | NotGiven = NOT_GIVEN,
        status: Literal["available", "pending", "sold"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Pet: ...

    def add_pet(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        category: Category | NotGiven = NOT_GIVEN,
        photo_urls: list[str] | NotGiven = NOT_GIVEN,
        tags: list[Tag] | NotGiven = NOT_GIVEN,
        status: Literal["available", "pending", "sold"] | str | NotGiven = NOT_GIVEN,
        body: Pet | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Pet:
        """Add a new pet to the store.

        Args:
            status: pet status in the store
        """
        _response: ApiResponse[Pet] = self._client._request(_ADD_PET, locals())
        return _response.data

    @overload
    def add_pet_with_http_info(
        self,
        *,
        body: Pet | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Pet]: ...

    @overload
    def add_pet_with_http_info(
        self,
        *,
        name: str,
        photo_urls: list[str],
        id: int | NotGiven = NOT_GIVEN,
        category: Category | NotGiven = NOT_GIVEN,
        tags: list[Tag] | NotGiven = NOT_GIVEN,
        status: Literal["available", "pending", "sold"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Pet]: ...

    def add_pet_with_http_info(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        category: Category | NotGiven = NOT_GIVEN,
        photo_urls: list[str] | NotGiven = NOT_GIVEN,
        tags: list[Tag] | NotGiven = NOT_GIVEN,
        status: Literal["available", "pending", "sold"] | str | NotGiven = NOT_GIVEN,
        body: Pet | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Pet]:
        """Like `add_pet`, but returns the status code and headers with the parsed body."""
        return self._client._request(_ADD_PET, locals())

    def find_pets_by_status(
        self,
        *,
        status: Literal["available", "pending", "sold"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> list[Pet]:
        """Finds Pets by status.

        Multiple status values can be provided with comma separated strings.

        Args:
            status: Status values that need to be considered for filter
        """
        _response: ApiResponse[list[Pet]] = self._client._request(
            _FIND_PETS_BY_STATUS, locals()
        )
        return _response.data

    def find_pets_by_status_with_http_info(
        self,
        *,
        status: Literal["available", "pending", "sold"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[list[Pet]]:
        """Like `find_pets_by_status`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_FIND_PETS_BY_STATUS, locals())

    def find_pets_by_tags(
        self,
        *,
        tags: list[str] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> list[Pet]:
        """Finds Pets by tags.

        Multiple tags can be provided with comma separated strings. Use tag1, tag2,
        tag3 for testing.

        Args:
            tags: Tags to filter by
        """
        _response: ApiResponse[list[Pet]] = self._client._request(
            _FIND_PETS_BY_TAGS, locals()
        )
        return _response.data

    def find_pets_by_tags_with_http_info(
        self,
        *,
        tags: list[str] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[list[Pet]]:
        """Like `find_pets_by_tags`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_FIND_PETS_BY_TAGS, locals())

    def get_pet_by_id(
        self,
        pet_id: int,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Pet:
        """Find pet by ID.

        Returns a single pet.

        Args:
            pet_id: ID of pet to return
        """
        _response: ApiResponse[Pet] = self._client._request(_GET_PET_BY_ID, locals())
        return _response.data

    def get_pet_by_id_with_http_info(
        self,
        pet_id: int,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Pet]:
        """Like `get_pet_by_id`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_GET_PET_BY_ID, locals())

    def update_pet_with_form(
        self,
        pet_id: int,
        *,
        name: str | NotGiven = NOT_GIVEN,
        status: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Pet:
        """Updates a pet in the store with form data.

        Updates a pet resource based on the form data.

        Args:
            pet_id: ID of pet that needs to be updated
            name: Name of pet that needs to be updated
            status: Status of pet that needs to be updated
        """
        _response: ApiResponse[Pet] = self._client._request(
            _UPDATE_PET_WITH_FORM, locals()
        )
        return _response.data

    def update_pet_with_form_with_http_info(
        self,
        pet_id: int,
        *,
        name: str | NotGiven = NOT_GIVEN,
        status: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Pet]:
        """Like `update_pet_with_form`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_UPDATE_PET_WITH_FORM, locals())

    def delete_pet(
        self,
        pet_id: int,
        *,
        api_key: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None:
        """Deletes a pet.

        Delete a pet.

        Args:
            pet_id: Pet id to delete
        """
        _response: ApiResponse[None] = self._client._request(_DELETE_PET, locals())
        return _response.data

    def delete_pet_with_http_info(
        self,
        pet_id: int,
        *,
        api_key: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]:
        """Like `delete_pet`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_DELETE_PET, locals())

    def upload_file(
        self,
        pet_id: int,
        *,
        additional_metadata: str | NotGiven = NOT_GIVEN,
        body: FileContent | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse2:
        """Uploads an image.

        Upload image of the pet.

        Args:
            pet_id: ID of pet to update
            additional_metadata: Additional Metadata
        """
        _response: ApiResponse[ApiResponse2] = self._client._request(
            _UPLOAD_FILE, locals()
        )
        return _response.data

    def upload_file_with_http_info(
        self,
        pet_id: int,
        *,
        additional_metadata: str | NotGiven = NOT_GIVEN,
        body: FileContent | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ApiResponse2]:
        """Like `upload_file`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_UPLOAD_FILE, locals())


class AsyncPetApi:
    """pet operations (async): Everything about your Pets

    Reach it as `client.pet`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    @overload
    async def update_pet(
        self,
        *,
        body: Pet | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Pet: ...

    @overload
    async def update_pet(
        self,
        *,
        name: str,
        photo_urls: list[str],
        id: int | NotGiven = NOT_GIVEN,
        category: Category | NotGiven = NOT_GIVEN,
        tags: list[Tag] | NotGiven = NOT_GIVEN,
        status: Literal["available", "pending", "sold"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Pet: ...

    async def update_pet(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        category: Category | NotGiven = NOT_GIVEN,
        photo_urls: list[str] | NotGiven = NOT_GIVEN,
        tags: list[Tag] | NotGiven = NOT_GIVEN,
        status: Literal["available", "pending", "sold"] | str | NotGiven = NOT_GIVEN,
        body: Pet | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Pet:
        """Update an existing pet.

        Update an existing pet by Id.

        Args:
            status: pet status in the store
        """
        _response: ApiResponse[Pet] = await self._client._request(_UPDATE_PET, locals())
        return _response.data

    @overload
    async def update_pet_with_http_info(
        self,
        *,
        body: Pet | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Pet]: ...

    @overload
    async def update_pet_with_http_info(
        self,
        *,
        name: str,
        photo_urls: list[str],
        id: int | NotGiven = NOT_GIVEN,
        category: Category | NotGiven = NOT_GIVEN,
        tags: list[Tag] | NotGiven = NOT_GIVEN,
        status: Literal["available", "pending", "sold"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Pet]: ...

    async def update_pet_with_http_info(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        category: Category | NotGiven = NOT_GIVEN,
        photo_urls: list[str] | NotGiven = NOT_GIVEN,
        tags: list[Tag] | NotGiven = NOT_GIVEN,
        status: Literal["available", "pending", "sold"] | str | NotGiven = NOT_GIVEN,
        body: Pet | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Pet]:
        """Like `update_pet`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_UPDATE_PET, locals())

    @overload
    async def add_pet(
        self,
        *,
        body: Pet | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Pet: ...

    @overload
    async def add_pet(
        self,
        *,
        name: str,
        photo_urls: list[str],
        id: int | NotGiven = NOT_GIVEN,
        category: Category | NotGiven = NOT_GIVEN,
        tags: list[Tag] | NotGiven = NOT_GIVEN,
        status: Literal["available", "pending", "sold"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Pet: ...

    async def add_pet(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        category: Category | NotGiven = NOT_GIVEN,
        photo_urls: list[str] | NotGiven = NOT_GIVEN,
        tags: list[Tag] | NotGiven = NOT_GIVEN,
        status: Literal["available", "pending", "sold"] | str | NotGiven = NOT_GIVEN,
        body: Pet | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Pet:
        """Add a new pet to the store.

        Args:
            status: pet status in the store
        """
        _response: ApiResponse[Pet] = await self._client._request(_ADD_PET, locals())
        return _response.data

    @overload
    async def add_pet_with_http_info(
        self,
        *,
        body: Pet | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Pet]: ...

    @overload
    async def add_pet_with_http_info(
        self,
        *,
        name: str,
        photo_urls: list[str],
        id: int | NotGiven = NOT_GIVEN,
        category: Category | NotGiven = NOT_GIVEN,
        tags: list[Tag] | NotGiven = NOT_GIVEN,
        status: Literal["available", "pending", "sold"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Pet]: ...

    async def add_pet_with_http_info(
        self,
        *,
        id: int | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        category: Category | NotGiven = NOT_GIVEN,
        photo_urls: list[str] | NotGiven = NOT_GIVEN,
        tags: list[Tag] | NotGiven = NOT_GIVEN,
        status: Literal["available", "pending", "sold"] | str | NotGiven = NOT_GIVEN,
        body: Pet | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Pet]:
        """Like `add_pet`, but returns the status code and headers with the parsed body."""
        return await self._client._request(_ADD_PET, locals())

    async def find_pets_by_status(
        self,
        *,
        status: Literal["available", "pending", "sold"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> list[Pet]:
        """Finds Pets by status.

        Multiple status values can be provided with comma separated strings.

        Args:
            status: Status values that need to be considered for filter
        """
        _response: ApiResponse[list[Pet]] = await self._client._request(
            _FIND_PETS_BY_STATUS, locals()
        )
        return _response.data

    async def find_pets_by_status_with_http_info(
        self,
        *,
        status: Literal["available", "pending", "sold"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[list[Pet]]:
        """Like `find_pets_by_status`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_FIND_PETS_BY_STATUS, locals())

    async def find_pets_by_tags(
        self,
        *,
        tags: list[str] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> list[Pet]:
        """Finds Pets by tags.

        Multiple tags can be provided with comma separated strings. Use tag1, tag2,
        tag3 for testing.

        Args:
            tags: Tags to filter by
        """
        _response: ApiResponse[list[Pet]] = await self._client._request(
            _FIND_PETS_BY_TAGS, locals()
        )
        return _response.data

    async def find_pets_by_tags_with_http_info(
        self,
        *,
        tags: list[str] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[list[Pet]]:
        """Like `find_pets_by_tags`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_FIND_PETS_BY_TAGS, locals())

    async def get_pet_by_id(
        self,
        pet_id: int,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Pet:
        """Find pet by ID.

        Returns a single pet.

        Args:
            pet_id: ID of pet to return
        """
        _response: ApiResponse[Pet] = await self._client._request(
            _GET_PET_BY_ID, locals()
        )
        return _response.data

    async def get_pet_by_id_with_http_info(
        self,
        pet_id: int,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Pet]:
        """Like `get_pet_by_id`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_GET_PET_BY_ID, locals())

    async def update_pet_with_form(
        self,
        pet_id: int,
        *,
        name: str | NotGiven = NOT_GIVEN,
        status: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Pet:
        """Updates a pet in the store with form data.

        Updates a pet resource based on the form data.

        Args:
            pet_id: ID of pet that needs to be updated
            name: Name of pet that needs to be updated
            status: Status of pet that needs to be updated
        """
        _response: ApiResponse[Pet] = await self._client._request(
            _UPDATE_PET_WITH_FORM, locals()
        )
        return _response.data

    async def update_pet_with_form_with_http_info(
        self,
        pet_id: int,
        *,
        name: str | NotGiven = NOT_GIVEN,
        status: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Pet]:
        """Like `update_pet_with_form`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_UPDATE_PET_WITH_FORM, locals())

    async def delete_pet(
        self,
        pet_id: int,
        *,
        api_key: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> None:
        """Deletes a pet.

        Delete a pet.

        Args:
            pet_id: Pet id to delete
        """
        _response: ApiResponse[None] = await self._client._request(
            _DELETE_PET, locals()
        )
        return _response.data

    async def delete_pet_with_http_info(
        self,
        pet_id: int,
        *,
        api_key: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[None]:
        """Like `delete_pet`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_DELETE_PET, locals())

    async def upload_file(
        self,
        pet_id: int,
        *,
        additional_metadata: str | NotGiven = NOT_GIVEN,
        body: FileContent | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse2:
        """Uploads an image.

        Upload image of the pet.

        Args:
            pet_id: ID of pet to update
            additional_metadata: Additional Metadata
        """
        _response: ApiResponse[ApiResponse2] = await self._client._request(
            _UPLOAD_FILE, locals()
        )
        return _response.data

    async def upload_file_with_http_info(
        self,
        pet_id: int,
        *,
        additional_metadata: str | NotGiven = NOT_GIVEN,
        body: FileContent | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ApiResponse2]:
        """Like `upload_file`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_UPLOAD_FILE, locals())

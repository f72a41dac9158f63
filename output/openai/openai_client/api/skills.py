"""Skills operations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from .._pagination import AsyncPaginator, Paginator
from .._pagination import PageSpec as _PageSpec
from .._runtime import Endpoint as _Endpoint
from .._types import NOT_GIVEN, ApiResponse, FileInput, NotGiven, TimeoutTypes
from ..models.create_skill_body import CreateSkillBody
from ..models.create_skill_version_body import CreateSkillVersionBody
from ..models.deleted_skill_resource import DeletedSkillResource
from ..models.deleted_skill_version_resource import DeletedSkillVersionResource
from ..models.error_response import ErrorResponse
from ..models.order_enum import OrderEnum
from ..models.set_default_skill_version_body import SetDefaultSkillVersionBody
from ..models.skill_list_resource import SkillListResource
from ..models.skill_resource import SkillResource
from ..models.skill_version_list_resource import SkillVersionListResource
from ..models.skill_version_resource import SkillVersionResource

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["SkillsApi", "AsyncSkillsApi"]

_CREATE_SKILL = _Endpoint(
    method="POST",
    path="/skills",
    operation_id="CreateSkill",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": SkillResource,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("files", "files", "field"),),
    body_mode="fields",
)

_LIST_SKILLS = _Endpoint(
    method="GET",
    path="/skills",
    operation_id="ListSkills",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": SkillListResource,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("limit", "limit", "query"),
        ("order", "order", "query"),
        ("after", "after", "query"),
    ),
    body_mode="none",
)
_LIST_SKILLS_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_DELETE_SKILL = _Endpoint(
    method="DELETE",
    path="/skills/{skill_id}",
    operation_id="DeleteSkill",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": DeletedSkillResource,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("skill_id", "skill_id", "path"),),
    body_mode="none",
)

_GET_SKILL = _Endpoint(
    method="GET",
    path="/skills/{skill_id}",
    operation_id="GetSkill",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": SkillResource,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("skill_id", "skill_id", "path"),),
    body_mode="none",
)

_UPDATE_SKILL_DEFAULT_VERSION = _Endpoint(
    method="POST",
    path="/skills/{skill_id}",
    operation_id="UpdateSkillDefaultVersion",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": SkillResource,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("skill_id", "skill_id", "path"),
        ("default_version", "default_version", "field"),
    ),
    body_mode="fields",
)

_GET_SKILL_CONTENT = _Endpoint(
    method="GET",
    path="/skills/{skill_id}/content",
    operation_id="GetSkillContent",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": str,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(("skill_id", "skill_id", "path"),),
    body_mode="none",
)

_CREATE_SKILL_VERSION = _Endpoint(
    method="POST",
    path="/skills/{skill_id}/versions",
    operation_id="CreateSkillVersion",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": SkillVersionResource,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("skill_id", "skill_id", "path"),
        ("files", "files", "field"),
        ("default", "default", "field"),
    ),
    body_mode="fields",
)

_LIST_SKILL_VERSIONS = _Endpoint(
    method="GET",
    path="/skills/{skill_id}/versions",
    operation_id="ListSkillVersions",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": SkillVersionListResource,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("skill_id", "skill_id", "path"),
        ("limit", "limit", "query"),
        ("order", "order", "query"),
        ("after", "after", "query"),
    ),
    body_mode="none",
)
_LIST_SKILL_VERSIONS_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_GET_SKILL_VERSION = _Endpoint(
    method="GET",
    path="/skills/{skill_id}/versions/{version}",
    operation_id="GetSkillVersion",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": SkillVersionResource,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("skill_id", "skill_id", "path"),
        ("version", "version", "path"),
    ),
    body_mode="none",
)

_DELETE_SKILL_VERSION = _Endpoint(
    method="DELETE",
    path="/skills/{skill_id}/versions/{version}",
    operation_id="DeleteSkillVersion",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": DeletedSkillVersionResource,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("skill_id", "skill_id", "path"),
        ("version", "version", "path"),
    ),
    body_mode="none",
)

_GET_SKILL_VERSION_CONTENT = _Endpoint(
    method="GET",
    path="/skills/{skill_id}/versions/{version}/content",
    operation_id="GetSkillVersionContent",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": str,
        "429": ErrorResponse,
    },
    security=(("ApiKeyAuth",),),
    accept="application/json",
    params=(
        ("skill_id", "skill_id", "path"),
        ("version", "version", "path"),
    ),
    body_mode="none",
)


class SkillsApi:
    """Skills operations.

    Reach it as `client.skills`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    @overload
    def create_skill(
        self,
        *,
        body: CreateSkillBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> SkillResource: ...

    @overload
    def create_skill(
        self,
        *,
        files: list[FileInput] | FileInput | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> SkillResource: ...

    def create_skill(
        self,
        *,
        files: list[FileInput] | FileInput | NotGiven = NOT_GIVEN,
        body: CreateSkillBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> SkillResource:
        """Create a new skill."""
        _response: ApiResponse[SkillResource] = self._client._request(
            _CREATE_SKILL, locals()
        )
        return _response.data

    @overload
    def create_skill_with_http_info(
        self,
        *,
        body: CreateSkillBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[SkillResource]: ...

    @overload
    def create_skill_with_http_info(
        self,
        *,
        files: list[FileInput] | FileInput | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[SkillResource]: ...

    def create_skill_with_http_info(
        self,
        *,
        files: list[FileInput] | FileInput | NotGiven = NOT_GIVEN,
        body: CreateSkillBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[SkillResource]:
        """Like `create_skill`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_CREATE_SKILL, locals())

    def list_skills(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> SkillListResource:
        """List all skills for the current project.

        Args:
            limit: Number of items to retrieve
            order: Sort order of results by timestamp. Use `asc` for ascending order or `desc` for descending order.
            after: Identifier for the last item from the previous pagination request
        """
        _response: ApiResponse[SkillListResource] = self._client._request(
            _LIST_SKILLS, locals()
        )
        return _response.data

    def list_skills_with_http_info(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[SkillListResource]:
        """Like `list_skills`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_LIST_SKILLS, locals())

    def list_skills_iter(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[SkillResource]:
        """Like `list_skills`, but `for` goes over the items of every page, fetching the
        next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(self._client, _LIST_SKILLS, locals(), _LIST_SKILLS_PAGES)

    def delete_skill(
        self,
        skill_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> DeletedSkillResource:
        """Delete a skill by its ID.

        Args:
            skill_id: The identifier of the skill to delete.
        """
        _response: ApiResponse[DeletedSkillResource] = self._client._request(
            _DELETE_SKILL, locals()
        )
        return _response.data

    def delete_skill_with_http_info(
        self,
        skill_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[DeletedSkillResource]:
        """Like `delete_skill`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_DELETE_SKILL, locals())

    def get_skill(
        self,
        skill_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> SkillResource:
        """Get a skill by its ID.

        Args:
            skill_id: The identifier of the skill to retrieve.
        """
        _response: ApiResponse[SkillResource] = self._client._request(
            _GET_SKILL, locals()
        )
        return _response.data

    def get_skill_with_http_info(
        self,
        skill_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[SkillResource]:
        """Like `get_skill`, but returns the status code and headers with the parsed
        body.
        """
        return self._client._request(_GET_SKILL, locals())

    @overload
    def update_skill_default_version(
        self,
        skill_id: str,
        *,
        body: SetDefaultSkillVersionBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> SkillResource: ...

    @overload
    def update_skill_default_version(
        self,
        skill_id: str,
        *,
        default_version: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> SkillResource: ...

    def update_skill_default_version(
        self,
        skill_id: str,
        *,
        default_version: str | NotGiven = NOT_GIVEN,
        body: SetDefaultSkillVersionBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> SkillResource:
        """Update the default version pointer for a skill.

        Args:
            skill_id: The identifier of the skill.
            default_version: The skill version number to set as default.
        """
        _response: ApiResponse[SkillResource] = self._client._request(
            _UPDATE_SKILL_DEFAULT_VERSION, locals()
        )
        return _response.data

    @overload
    def update_skill_default_version_with_http_info(
        self,
        skill_id: str,
        *,
        body: SetDefaultSkillVersionBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[SkillResource]: ...

    @overload
    def update_skill_default_version_with_http_info(
        self,
        skill_id: str,
        *,
        default_version: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[SkillResource]: ...

    def update_skill_default_version_with_http_info(
        self,
        skill_id: str,
        *,
        default_version: str | NotGiven = NOT_GIVEN,
        body: SetDefaultSkillVersionBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[SkillResource]:
        """Like `update_skill_default_version`, but returns the status code and headers
        with the parsed body.
        """
        return self._client._request(_UPDATE_SKILL_DEFAULT_VERSION, locals())

    def get_skill_content(
        self,
        skill_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> str:
        """Download a skill zip bundle by its ID.

        Args:
            skill_id: The identifier of the skill to download.
        """
        _response: ApiResponse[str] = self._client._request(
            _GET_SKILL_CONTENT, locals()
        )
        return _response.data

    def get_skill_content_with_http_info(
        self,
        skill_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[str]:
        """Like `get_skill_content`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_GET_SKILL_CONTENT, locals())

    @overload
    def create_skill_version(
        self,
        skill_id: str,
        *,
        body: CreateSkillVersionBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> SkillVersionResource: ...

    @overload
    def create_skill_version(
        self,
        skill_id: str,
        *,
        files: list[FileInput] | FileInput | NotGiven = NOT_GIVEN,
        default: bool | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> SkillVersionResource: ...

    def create_skill_version(
        self,
        skill_id: str,
        *,
        files: list[FileInput] | FileInput | NotGiven = NOT_GIVEN,
        default: bool | NotGiven = NOT_GIVEN,
        body: CreateSkillVersionBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> SkillVersionResource:
        """Create a new immutable skill version.

        Args:
            skill_id: The identifier of the skill to version.
            default: Whether to set this version as the default.
        """
        _response: ApiResponse[SkillVersionResource] = self._client._request(
            _CREATE_SKILL_VERSION, locals()
        )
        return _response.data

    @overload
    def create_skill_version_with_http_info(
        self,
        skill_id: str,
        *,
        body: CreateSkillVersionBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[SkillVersionResource]: ...

    @overload
    def create_skill_version_with_http_info(
        self,
        skill_id: str,
        *,
        files: list[FileInput] | FileInput | NotGiven = NOT_GIVEN,
        default: bool | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[SkillVersionResource]: ...

    def create_skill_version_with_http_info(
        self,
        skill_id: str,
        *,
        files: list[FileInput] | FileInput | NotGiven = NOT_GIVEN,
        default: bool | NotGiven = NOT_GIVEN,
        body: CreateSkillVersionBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[SkillVersionResource]:
        """Like `create_skill_version`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_CREATE_SKILL_VERSION, locals())

    def list_skill_versions(
        self,
        skill_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> SkillVersionListResource:
        """List skill versions for a skill.

        Args:
            skill_id: The identifier of the skill.
            limit: Number of versions to retrieve.
            order: Sort order of results by version number.
            after: The skill version ID to start after.
        """
        _response: ApiResponse[SkillVersionListResource] = self._client._request(
            _LIST_SKILL_VERSIONS, locals()
        )
        return _response.data

    def list_skill_versions_with_http_info(
        self,
        skill_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[SkillVersionListResource]:
        """Like `list_skill_versions`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_LIST_SKILL_VERSIONS, locals())

    def list_skill_versions_iter(
        self,
        skill_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[SkillVersionResource]:
        """Like `list_skill_versions`, but `for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(
            self._client, _LIST_SKILL_VERSIONS, locals(), _LIST_SKILL_VERSIONS_PAGES
        )

    def get_skill_version(
        self,
        skill_id: str,
        version: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> SkillVersionResource:
        """Get a specific skill version.

        Args:
            skill_id: The identifier of the skill.
            version: The version number to retrieve.
        """
        _response: ApiResponse[SkillVersionResource] = self._client._request(
            _GET_SKILL_VERSION, locals()
        )
        return _response.data

    def get_skill_version_with_http_info(
        self,
        skill_id: str,
        version: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[SkillVersionResource]:
        """Like `get_skill_version`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_GET_SKILL_VERSION, locals())

    def delete_skill_version(
        self,
        skill_id: str,
        version: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> DeletedSkillVersionResource:
        """Delete a skill version.

        Args:
            skill_id: The identifier of the skill.
            version: The skill version number.
        """
        _response: ApiResponse[DeletedSkillVersionResource] = self._client._request(
            _DELETE_SKILL_VERSION, locals()
        )
        return _response.data

    def delete_skill_version_with_http_info(
        self,
        skill_id: str,
        version: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[DeletedSkillVersionResource]:
        """Like `delete_skill_version`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_DELETE_SKILL_VERSION, locals())

    def get_skill_version_content(
        self,
        skill_id: str,
        version: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> str:
        """Download a skill version zip bundle.

        Args:
            skill_id: The identifier of the skill.
            version: The skill version number.
        """
        _response: ApiResponse[str] = self._client._request(
            _GET_SKILL_VERSION_CONTENT, locals()
        )
        return _response.data

    def get_skill_version_content_with_http_info(
        self,
        skill_id: str,
        version: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[str]:
        """Like `get_skill_version_content`, but returns the status code and headers
        with the parsed body.
        """
        return self._client._request(_GET_SKILL_VERSION_CONTENT, locals())


class AsyncSkillsApi:
    """Skills operations (async).

    Reach it as `client.skills`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    @overload
    async def create_skill(
        self,
        *,
        body: CreateSkillBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> SkillResource: ...

    @overload
    async def create_skill(
        self,
        *,
        files: list[FileInput] | FileInput | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> SkillResource: ...

    async def create_skill(
        self,
        *,
        files: list[FileInput] | FileInput | NotGiven = NOT_GIVEN,
        body: CreateSkillBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> SkillResource:
        """Create a new skill."""
        _response: ApiResponse[SkillResource] = await self._client._request(
            _CREATE_SKILL, locals()
        )
        return _response.data

    @overload
    async def create_skill_with_http_info(
        self,
        *,
        body: CreateSkillBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[SkillResource]: ...

    @overload
    async def create_skill_with_http_info(
        self,
        *,
        files: list[FileInput] | FileInput | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[SkillResource]: ...

    async def create_skill_with_http_info(
        self,
        *,
        files: list[FileInput] | FileInput | NotGiven = NOT_GIVEN,
        body: CreateSkillBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[SkillResource]:
        """Like `create_skill`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_CREATE_SKILL, locals())

    async def list_skills(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> SkillListResource:
        """List all skills for the current project.

        Args:
            limit: Number of items to retrieve
            order: Sort order of results by timestamp. Use `asc` for ascending order or `desc` for descending order.
            after: Identifier for the last item from the previous pagination request
        """
        _response: ApiResponse[SkillListResource] = await self._client._request(
            _LIST_SKILLS, locals()
        )
        return _response.data

    async def list_skills_with_http_info(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[SkillListResource]:
        """Like `list_skills`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_LIST_SKILLS, locals())

    def list_skills_iter(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[SkillResource]:
        """Like `list_skills`, but `async for` goes over the items of every page,
        fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(self._client, _LIST_SKILLS, locals(), _LIST_SKILLS_PAGES)

    async def delete_skill(
        self,
        skill_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> DeletedSkillResource:
        """Delete a skill by its ID.

        Args:
            skill_id: The identifier of the skill to delete.
        """
        _response: ApiResponse[DeletedSkillResource] = await self._client._request(
            _DELETE_SKILL, locals()
        )
        return _response.data

    async def delete_skill_with_http_info(
        self,
        skill_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[DeletedSkillResource]:
        """Like `delete_skill`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_DELETE_SKILL, locals())

    async def get_skill(
        self,
        skill_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> SkillResource:
        """Get a skill by its ID.

        Args:
            skill_id: The identifier of the skill to retrieve.
        """
        _response: ApiResponse[SkillResource] = await self._client._request(
            _GET_SKILL, locals()
        )
        return _response.data

    async def get_skill_with_http_info(
        self,
        skill_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[SkillResource]:
        """Like `get_skill`, but returns the status code and headers with the parsed
        body.
        """
        return await self._client._request(_GET_SKILL, locals())

    @overload
    async def update_skill_default_version(
        self,
        skill_id: str,
        *,
        body: SetDefaultSkillVersionBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> SkillResource: ...

    @overload
    async def update_skill_default_version(
        self,
        skill_id: str,
        *,
        default_version: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> SkillResource: ...

    async def update_skill_default_version(
        self,
        skill_id: str,
        *,
        default_version: str | NotGiven = NOT_GIVEN,
        body: SetDefaultSkillVersionBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> SkillResource:
        """Update the default version pointer for a skill.

        Args:
            skill_id: The identifier of the skill.
            default_version: The skill version number to set as default.
        """
        _response: ApiResponse[SkillResource] = await self._client._request(
            _UPDATE_SKILL_DEFAULT_VERSION, locals()
        )
        return _response.data

    @overload
    async def update_skill_default_version_with_http_info(
        self,
        skill_id: str,
        *,
        body: SetDefaultSkillVersionBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[SkillResource]: ...

    @overload
    async def update_skill_default_version_with_http_info(
        self,
        skill_id: str,
        *,
        default_version: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[SkillResource]: ...

    async def update_skill_default_version_with_http_info(
        self,
        skill_id: str,
        *,
        default_version: str | NotGiven = NOT_GIVEN,
        body: SetDefaultSkillVersionBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[SkillResource]:
        """Like `update_skill_default_version`, but returns the status code and headers
        with the parsed body.
        """
        return await self._client._request(_UPDATE_SKILL_DEFAULT_VERSION, locals())

    async def get_skill_content(
        self,
        skill_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> str:
        """Download a skill zip bundle by its ID.

        Args:
            skill_id: The identifier of the skill to download.
        """
        _response: ApiResponse[str] = await self._client._request(
            _GET_SKILL_CONTENT, locals()
        )
        return _response.data

    async def get_skill_content_with_http_info(
        self,
        skill_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[str]:
        """Like `get_skill_content`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_GET_SKILL_CONTENT, locals())

    @overload
    async def create_skill_version(
        self,
        skill_id: str,
        *,
        body: CreateSkillVersionBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> SkillVersionResource: ...

    @overload
    async def create_skill_version(
        self,
        skill_id: str,
        *,
        files: list[FileInput] | FileInput | NotGiven = NOT_GIVEN,
        default: bool | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> SkillVersionResource: ...

    async def create_skill_version(
        self,
        skill_id: str,
        *,
        files: list[FileInput] | FileInput | NotGiven = NOT_GIVEN,
        default: bool | NotGiven = NOT_GIVEN,
        body: CreateSkillVersionBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> SkillVersionResource:
        """Create a new immutable skill version.

        Args:
            skill_id: The identifier of the skill to version.
            default: Whether to set this version as the default.
        """
        _response: ApiResponse[SkillVersionResource] = await self._client._request(
            _CREATE_SKILL_VERSION, locals()
        )
        return _response.data

    @overload
    async def create_skill_version_with_http_info(
        self,
        skill_id: str,
        *,
        body: CreateSkillVersionBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[SkillVersionResource]: ...

    @overload
    async def create_skill_version_with_http_info(
        self,
        skill_id: str,
        *,
        files: list[FileInput] | FileInput | NotGiven = NOT_GIVEN,
        default: bool | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[SkillVersionResource]: ...

    async def create_skill_version_with_http_info(
        self,
        skill_id: str,
        *,
        files: list[FileInput] | FileInput | NotGiven = NOT_GIVEN,
        default: bool | NotGiven = NOT_GIVEN,
        body: CreateSkillVersionBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[SkillVersionResource]:
        """Like `create_skill_version`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_CREATE_SKILL_VERSION, locals())

    async def list_skill_versions(
        self,
        skill_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> SkillVersionListResource:
        """List skill versions for a skill.

        Args:
            skill_id: The identifier of the skill.
            limit: Number of versions to retrieve.
            order: Sort order of results by version number.
            after: The skill version ID to start after.
        """
        _response: ApiResponse[SkillVersionListResource] = await self._client._request(
            _LIST_SKILL_VERSIONS, locals()
        )
        return _response.data

    async def list_skill_versions_with_http_info(
        self,
        skill_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[SkillVersionListResource]:
        """Like `list_skill_versions`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_LIST_SKILL_VERSIONS, locals())

    def list_skill_versions_iter(
        self,
        skill_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[SkillVersionResource]:
        """Like `list_skill_versions`, but `async for` goes over the items of every
        page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client, _LIST_SKILL_VERSIONS, locals(), _LIST_SKILL_VERSIONS_PAGES
        )

    async def get_skill_version(
        self,
        skill_id: str,
        version: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> SkillVersionResource:
        """Get a specific skill version.

        Args:
            skill_id: The identifier of the skill.
            version: The version number to retrieve.
        """
        _response: ApiResponse[SkillVersionResource] = await self._client._request(
            _GET_SKILL_VERSION, locals()
        )
        return _response.data

    async def get_skill_version_with_http_info(
        self,
        skill_id: str,
        version: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[SkillVersionResource]:
        """Like `get_skill_version`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_GET_SKILL_VERSION, locals())

    async def delete_skill_version(
        self,
        skill_id: str,
        version: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> DeletedSkillVersionResource:
        """Delete a skill version.

        Args:
            skill_id: The identifier of the skill.
            version: The skill version number.
        """
        _response: ApiResponse[DeletedSkillVersionResource] = (
            await self._client._request(_DELETE_SKILL_VERSION, locals())
        )
        return _response.data

    async def delete_skill_version_with_http_info(
        self,
        skill_id: str,
        version: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[DeletedSkillVersionResource]:
        """Like `delete_skill_version`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_DELETE_SKILL_VERSION, locals())

    async def get_skill_version_content(
        self,
        skill_id: str,
        version: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> str:
        """Download a skill version zip bundle.

        Args:
            skill_id: The identifier of the skill.
            version: The skill version number.
        """
        _response: ApiResponse[str] = await self._client._request(
            _GET_SKILL_VERSION_CONTENT, locals()
        )
        return _response.data

    async def get_skill_version_content_with_http_info(
        self,
        skill_id: str,
        version: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[str]:
        """Like `get_skill_version_content`, but returns the status code and headers
        with the parsed body.
        """
        return await self._client._request(_GET_SKILL_VERSION_CONTENT, locals())

"""Hosted tools operations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from .._runtime import Endpoint as _Endpoint
from .._types import NOT_GIVEN, ApiResponse, NotGiven, TimeoutTypes
from ..models.hosted_tool_permission_update import HostedToolPermissionUpdate
from ..models.project_hosted_tool_permissions import ProjectHostedToolPermissions
from ..models.project_hosted_tool_permissions_update_request import (
    ProjectHostedToolPermissionsUpdateRequest,
)

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["HostedToolsApi", "AsyncHostedToolsApi"]

_RETRIEVE_PROJECT_HOSTED_TOOL_PERMISSIONS = _Endpoint(
    method="GET",
    path="/organization/projects/{project_id}/hosted_tool_permissions",
    operation_id="retrieve-project-hosted-tool-permissions",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ProjectHostedToolPermissions,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(("project_id", "project_id", "path"),),
    body_mode="none",
)

_UPDATE_PROJECT_HOSTED_TOOL_PERMISSIONS = _Endpoint(
    method="POST",
    path="/organization/projects/{project_id}/hosted_tool_permissions",
    operation_id="update-project-hosted-tool-permissions",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": ProjectHostedToolPermissions,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("file_search", "file_search", "field"),
        ("web_search", "web_search", "field"),
        ("image_generation", "image_generation", "field"),
        ("mcp", "mcp", "field"),
        ("code_interpreter", "code_interpreter", "field"),
    ),
    body_mode="fields",
    body_required=True,
)


class HostedToolsApi:
    """Hosted tools operations.

    Reach it as `client.hosted_tools`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    def retrieve_project_hosted_tool_permissions(
        self,
        project_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectHostedToolPermissions:
        """Returns hosted tool permissions for a project.

        Args:
            project_id: The ID of the project.
        """
        _response: ApiResponse[ProjectHostedToolPermissions] = self._client._request(
            _RETRIEVE_PROJECT_HOSTED_TOOL_PERMISSIONS, locals()
        )
        return _response.data

    def retrieve_project_hosted_tool_permissions_with_http_info(
        self,
        project_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectHostedToolPermissions]:
        """Like `retrieve_project_hosted_tool_permissions`, but returns the status code
        and headers with the parsed body.
        """
        return self._client._request(
            _RETRIEVE_PROJECT_HOSTED_TOOL_PERMISSIONS, locals()
        )

    @overload
    def update_project_hosted_tool_permissions(
        self,
        project_id: str,
        *,
        body: ProjectHostedToolPermissionsUpdateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectHostedToolPermissions: ...

    @overload
    def update_project_hosted_tool_permissions(
        self,
        project_id: str,
        *,
        file_search: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        web_search: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        image_generation: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        mcp: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        code_interpreter: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectHostedToolPermissions: ...

    def update_project_hosted_tool_permissions(
        self,
        project_id: str,
        *,
        file_search: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        web_search: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        image_generation: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        mcp: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        code_interpreter: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        body: ProjectHostedToolPermissionsUpdateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectHostedToolPermissions:
        """Updates hosted tool permissions for a project.

        Args:
            project_id: The ID of the project.
            file_search: The file search permission update.
            web_search: The web search permission update.
            image_generation: The image generation permission update.
            mcp: The MCP permission update.
            code_interpreter: The code interpreter permission update.
        """
        _response: ApiResponse[ProjectHostedToolPermissions] = self._client._request(
            _UPDATE_PROJECT_HOSTED_TOOL_PERMISSIONS, locals()
        )
        return _response.data

    @overload
    def update_project_hosted_tool_permissions_with_http_info(
        self,
        project_id: str,
        *,
        body: ProjectHostedToolPermissionsUpdateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectHostedToolPermissions]: ...

    @overload
    def update_project_hosted_tool_permissions_with_http_info(
        self,
        project_id: str,
        *,
        file_search: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        web_search: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        image_generation: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        mcp: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        code_interpreter: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectHostedToolPermissions]: ...

    def update_project_hosted_tool_permissions_with_http_info(
        self,
        project_id: str,
        *,
        file_search: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        web_search: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        image_generation: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        mcp: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        code_interpreter: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        body: ProjectHostedToolPermissionsUpdateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectHostedToolPermissions]:
        """Like `update_project_hosted_tool_permissions`, but returns the status code
        and headers with the parsed body.
        """
        return self._client._request(_UPDATE_PROJECT_HOSTED_TOOL_PERMISSIONS, locals())


class AsyncHostedToolsApi:
    """Hosted tools operations (async).

    Reach it as `client.hosted_tools`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    async def retrieve_project_hosted_tool_permissions(
        self,
        project_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectHostedToolPermissions:
        """Returns hosted tool permissions for a project.

        Args:
            project_id: The ID of the project.
        """
        _response: ApiResponse[ProjectHostedToolPermissions] = (
            await self._client._request(
                _RETRIEVE_PROJECT_HOSTED_TOOL_PERMISSIONS, locals()
            )
        )
        return _response.data

    async def retrieve_project_hosted_tool_permissions_with_http_info(
        self,
        project_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectHostedToolPermissions]:
        """Like `retrieve_project_hosted_tool_permissions`, but returns the status code
        and headers with the parsed body.
        """
        return await self._client._request(
            _RETRIEVE_PROJECT_HOSTED_TOOL_PERMISSIONS, locals()
        )

    @overload
    async def update_project_hosted_tool_permissions(
        self,
        project_id: str,
        *,
        body: ProjectHostedToolPermissionsUpdateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectHostedToolPermissions: ...

    @overload
    async def update_project_hosted_tool_permissions(
        self,
        project_id: str,
        *,
        file_search: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        web_search: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        image_generation: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        mcp: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        code_interpreter: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectHostedToolPermissions: ...

    async def update_project_hosted_tool_permissions(
        self,
        project_id: str,
        *,
        file_search: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        web_search: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        image_generation: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        mcp: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        code_interpreter: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        body: ProjectHostedToolPermissionsUpdateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectHostedToolPermissions:
        """Updates hosted tool permissions for a project.

        Args:
            project_id: The ID of the project.
            file_search: The file search permission update.
            web_search: The web search permission update.
            image_generation: The image generation permission update.
            mcp: The MCP permission update.
            code_interpreter: The code interpreter permission update.
        """
        _response: ApiResponse[ProjectHostedToolPermissions] = (
            await self._client._request(
                _UPDATE_PROJECT_HOSTED_TOOL_PERMISSIONS, locals()
            )
        )
        return _response.data

    @overload
    async def update_project_hosted_tool_permissions_with_http_info(
        self,
        project_id: str,
        *,
        body: ProjectHostedToolPermissionsUpdateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectHostedToolPermissions]: ...

    @overload
    async def update_project_hosted_tool_permissions_with_http_info(
        self,
        project_id: str,
        *,
        file_search: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        web_search: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        image_generation: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        mcp: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        code_interpreter: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectHostedToolPermissions]: ...

    async def update_project_hosted_tool_permissions_with_http_info(
        self,
        project_id: str,
        *,
        file_search: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        web_search: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        image_generation: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        mcp: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        code_interpreter: HostedToolPermissionUpdate | None | NotGiven = NOT_GIVEN,
        body: ProjectHostedToolPermissionsUpdateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectHostedToolPermissions]:
        """Like `update_project_hosted_tool_permissions`, but returns the status code
        and headers with the parsed body.
        """
        return await self._client._request(
            _UPDATE_PROJECT_HOSTED_TOOL_PERMISSIONS, locals()
        )

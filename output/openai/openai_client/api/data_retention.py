"""Data retention operations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from .._runtime import Endpoint as _Endpoint
from .._types import NOT_GIVEN, ApiResponse, NotGiven, TimeoutTypes
from ..models.organization_data_retention import OrganizationDataRetention
from ..models.project_data_retention import ProjectDataRetention
from ..models.update_organization_data_retention_body import (
    UpdateOrganizationDataRetentionBody,
)
from ..models.update_project_data_retention_body import UpdateProjectDataRetentionBody

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["DataRetentionApi", "AsyncDataRetentionApi"]

_RETRIEVE_ORGANIZATION_DATA_RETENTION = _Endpoint(
    method="GET",
    path="/organization/data_retention",
    operation_id="retrieve-organization-data-retention",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": OrganizationDataRetention,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(),
    body_mode="none",
)

_UPDATE_ORGANIZATION_DATA_RETENTION = _Endpoint(
    method="POST",
    path="/organization/data_retention",
    operation_id="update-organization-data-retention",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": OrganizationDataRetention,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(("retention_type", "retention_type", "field"),),
    body_mode="fields",
    body_required=True,
)

_RETRIEVE_PROJECT_DATA_RETENTION = _Endpoint(
    method="GET",
    path="/organization/projects/{project_id}/data_retention",
    operation_id="retrieve-project-data-retention",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ProjectDataRetention,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(("project_id", "project_id", "path"),),
    body_mode="none",
)

_UPDATE_PROJECT_DATA_RETENTION = _Endpoint(
    method="POST",
    path="/organization/projects/{project_id}/data_retention",
    operation_id="update-project-data-retention",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": ProjectDataRetention,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("retention_type", "retention_type", "field"),
    ),
    body_mode="fields",
    body_required=True,
)


class DataRetentionApi:
    """Data retention operations.

    Reach it as `client.data_retention`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    def retrieve_organization_data_retention(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationDataRetention:
        """Retrieves organization data retention controls."""
        _response: ApiResponse[OrganizationDataRetention] = self._client._request(
            _RETRIEVE_ORGANIZATION_DATA_RETENTION, locals()
        )
        return _response.data

    def retrieve_organization_data_retention_with_http_info(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationDataRetention]:
        """Like `retrieve_organization_data_retention`, but returns the status code and
        headers with the parsed body.
        """
        return self._client._request(_RETRIEVE_ORGANIZATION_DATA_RETENTION, locals())

    @overload
    def update_organization_data_retention(
        self,
        *,
        body: UpdateOrganizationDataRetentionBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationDataRetention: ...

    @overload
    def update_organization_data_retention(
        self,
        *,
        retention_type: (
            Literal[
                "zero_data_retention",
                "modified_abuse_monitoring",
                "enhanced_zero_data_retention",
                "enhanced_modified_abuse_monitoring",
            ]
            | str
        ),
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationDataRetention: ...

    def update_organization_data_retention(
        self,
        *,
        retention_type: (
            Literal[
                "zero_data_retention",
                "modified_abuse_monitoring",
                "enhanced_zero_data_retention",
                "enhanced_modified_abuse_monitoring",
            ]
            | str
            | NotGiven
        ) = NOT_GIVEN,
        body: UpdateOrganizationDataRetentionBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationDataRetention:
        """Updates organization data retention controls.

        Args:
            retention_type: The desired organization data retention type.
        """
        _response: ApiResponse[OrganizationDataRetention] = self._client._request(
            _UPDATE_ORGANIZATION_DATA_RETENTION, locals()
        )
        return _response.data

    @overload
    def update_organization_data_retention_with_http_info(
        self,
        *,
        body: UpdateOrganizationDataRetentionBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationDataRetention]: ...

    @overload
    def update_organization_data_retention_with_http_info(
        self,
        *,
        retention_type: (
            Literal[
                "zero_data_retention",
                "modified_abuse_monitoring",
                "enhanced_zero_data_retention",
                "enhanced_modified_abuse_monitoring",
            ]
            | str
        ),
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationDataRetention]: ...

    def update_organization_data_retention_with_http_info(
        self,
        *,
        retention_type: (
            Literal[
                "zero_data_retention",
                "modified_abuse_monitoring",
                "enhanced_zero_data_retention",
                "enhanced_modified_abuse_monitoring",
            ]
            | str
            | NotGiven
        ) = NOT_GIVEN,
        body: UpdateOrganizationDataRetentionBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationDataRetention]:
        """Like `update_organization_data_retention`, but returns the status code and
        headers with the parsed body.
        """
        return self._client._request(_UPDATE_ORGANIZATION_DATA_RETENTION, locals())

    def retrieve_project_data_retention(
        self,
        project_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectDataRetention:
        """Retrieves project data retention controls.

        Args:
            project_id: The ID of the project to inspect.
        """
        _response: ApiResponse[ProjectDataRetention] = self._client._request(
            _RETRIEVE_PROJECT_DATA_RETENTION, locals()
        )
        return _response.data

    def retrieve_project_data_retention_with_http_info(
        self,
        project_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectDataRetention]:
        """Like `retrieve_project_data_retention`, but returns the status code and
        headers with the parsed body.
        """
        return self._client._request(_RETRIEVE_PROJECT_DATA_RETENTION, locals())

    @overload
    def update_project_data_retention(
        self,
        project_id: str,
        *,
        body: UpdateProjectDataRetentionBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectDataRetention: ...

    @overload
    def update_project_data_retention(
        self,
        project_id: str,
        *,
        retention_type: (
            Literal[
                "organization_default",
                "none",
                "zero_data_retention",
                "modified_abuse_monitoring",
                "enhanced_zero_data_retention",
                "enhanced_modified_abuse_monitoring",
            ]
            | str
        ),
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectDataRetention: ...

    def update_project_data_retention(
        self,
        project_id: str,
        *,
        retention_type: (
            Literal[
                "organization_default",
                "none",
                "zero_data_retention",
                "modified_abuse_monitoring",
                "enhanced_zero_data_retention",
                "enhanced_modified_abuse_monitoring",
            ]
            | str
            | NotGiven
        ) = NOT_GIVEN,
        body: UpdateProjectDataRetentionBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectDataRetention:
        """Updates project data retention controls.

        Args:
            project_id: The ID of the project to update.
            retention_type: The desired project data retention type.
        """
        _response: ApiResponse[ProjectDataRetention] = self._client._request(
            _UPDATE_PROJECT_DATA_RETENTION, locals()
        )
        return _response.data

    @overload
    def update_project_data_retention_with_http_info(
        self,
        project_id: str,
        *,
        body: UpdateProjectDataRetentionBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectDataRetention]: ...

    @overload
    def update_project_data_retention_with_http_info(
        self,
        project_id: str,
        *,
        retention_type: (
            Literal[
                "organization_default",
                "none",
                "zero_data_retention",
                "modified_abuse_monitoring",
                "enhanced_zero_data_retention",
                "enhanced_modified_abuse_monitoring",
            ]
            | str
        ),
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectDataRetention]: ...

    def update_project_data_retention_with_http_info(
        self,
        project_id: str,
        *,
        retention_type: (
            Literal[
                "organization_default",
                "none",
                "zero_data_retention",
                "modified_abuse_monitoring",
                "enhanced_zero_data_retention",
                "enhanced_modified_abuse_monitoring",
            ]
            | str
            | NotGiven
        ) = NOT_GIVEN,
        body: UpdateProjectDataRetentionBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectDataRetention]:
        """Like `update_project_data_retention`, but returns the status code and headers
        with the parsed body.
        """
        return self._client._request(_UPDATE_PROJECT_DATA_RETENTION, locals())


class AsyncDataRetentionApi:
    """Data retention operations (async).

    Reach it as `client.data_retention`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    async def retrieve_organization_data_retention(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationDataRetention:
        """Retrieves organization data retention controls."""
        _response: ApiResponse[OrganizationDataRetention] = await self._client._request(
            _RETRIEVE_ORGANIZATION_DATA_RETENTION, locals()
        )
        return _response.data

    async def retrieve_organization_data_retention_with_http_info(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationDataRetention]:
        """Like `retrieve_organization_data_retention`, but returns the status code and
        headers with the parsed body.
        """
        return await self._client._request(
            _RETRIEVE_ORGANIZATION_DATA_RETENTION, locals()
        )

    @overload
    async def update_organization_data_retention(
        self,
        *,
        body: UpdateOrganizationDataRetentionBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationDataRetention: ...

    @overload
    async def update_organization_data_retention(
        self,
        *,
        retention_type: (
            Literal[
                "zero_data_retention",
                "modified_abuse_monitoring",
                "enhanced_zero_data_retention",
                "enhanced_modified_abuse_monitoring",
            ]
            | str
        ),
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationDataRetention: ...

    async def update_organization_data_retention(
        self,
        *,
        retention_type: (
            Literal[
                "zero_data_retention",
                "modified_abuse_monitoring",
                "enhanced_zero_data_retention",
                "enhanced_modified_abuse_monitoring",
            ]
            | str
            | NotGiven
        ) = NOT_GIVEN,
        body: UpdateOrganizationDataRetentionBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationDataRetention:
        """Updates organization data retention controls.

        Args:
            retention_type: The desired organization data retention type.
        """
        _response: ApiResponse[OrganizationDataRetention] = await self._client._request(
            _UPDATE_ORGANIZATION_DATA_RETENTION, locals()
        )
        return _response.data

    @overload
    async def update_organization_data_retention_with_http_info(
        self,
        *,
        body: UpdateOrganizationDataRetentionBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationDataRetention]: ...

    @overload
    async def update_organization_data_retention_with_http_info(
        self,
        *,
        retention_type: (
            Literal[
                "zero_data_retention",
                "modified_abuse_monitoring",
                "enhanced_zero_data_retention",
                "enhanced_modified_abuse_monitoring",
            ]
            | str
        ),
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationDataRetention]: ...

    async def update_organization_data_retention_with_http_info(
        self,
        *,
        retention_type: (
            Literal[
                "zero_data_retention",
                "modified_abuse_monitoring",
                "enhanced_zero_data_retention",
                "enhanced_modified_abuse_monitoring",
            ]
            | str
            | NotGiven
        ) = NOT_GIVEN,
        body: UpdateOrganizationDataRetentionBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationDataRetention]:
        """Like `update_organization_data_retention`, but returns the status code and
        headers with the parsed body.
        """
        return await self._client._request(
            _UPDATE_ORGANIZATION_DATA_RETENTION, locals()
        )

    async def retrieve_project_data_retention(
        self,
        project_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectDataRetention:
        """Retrieves project data retention controls.

        Args:
            project_id: The ID of the project to inspect.
        """
        _response: ApiResponse[ProjectDataRetention] = await self._client._request(
            _RETRIEVE_PROJECT_DATA_RETENTION, locals()
        )
        return _response.data

    async def retrieve_project_data_retention_with_http_info(
        self,
        project_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectDataRetention]:
        """Like `retrieve_project_data_retention`, but returns the status code and
        headers with the parsed body.
        """
        return await self._client._request(_RETRIEVE_PROJECT_DATA_RETENTION, locals())

    @overload
    async def update_project_data_retention(
        self,
        project_id: str,
        *,
        body: UpdateProjectDataRetentionBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectDataRetention: ...

    @overload
    async def update_project_data_retention(
        self,
        project_id: str,
        *,
        retention_type: (
            Literal[
                "organization_default",
                "none",
                "zero_data_retention",
                "modified_abuse_monitoring",
                "enhanced_zero_data_retention",
                "enhanced_modified_abuse_monitoring",
            ]
            | str
        ),
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectDataRetention: ...

    async def update_project_data_retention(
        self,
        project_id: str,
        *,
        retention_type: (
            Literal[
                "organization_default",
                "none",
                "zero_data_retention",
                "modified_abuse_monitoring",
                "enhanced_zero_data_retention",
                "enhanced_modified_abuse_monitoring",
            ]
            | str
            | NotGiven
        ) = NOT_GIVEN,
        body: UpdateProjectDataRetentionBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ProjectDataRetention:
        """Updates project data retention controls.

        Args:
            project_id: The ID of the project to update.
            retention_type: The desired project data retention type.
        """
        _response: ApiResponse[ProjectDataRetention] = await self._client._request(
            _UPDATE_PROJECT_DATA_RETENTION, locals()
        )
        return _response.data

    @overload
    async def update_project_data_retention_with_http_info(
        self,
        project_id: str,
        *,
        body: UpdateProjectDataRetentionBody | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectDataRetention]: ...

    @overload
    async def update_project_data_retention_with_http_info(
        self,
        project_id: str,
        *,
        retention_type: (
            Literal[
                "organization_default",
                "none",
                "zero_data_retention",
                "modified_abuse_monitoring",
                "enhanced_zero_data_retention",
                "enhanced_modified_abuse_monitoring",
            ]
            | str
        ),
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectDataRetention]: ...

    async def update_project_data_retention_with_http_info(
        self,
        project_id: str,
        *,
        retention_type: (
            Literal[
                "organization_default",
                "none",
                "zero_data_retention",
                "modified_abuse_monitoring",
                "enhanced_zero_data_retention",
                "enhanced_modified_abuse_monitoring",
            ]
            | str
            | NotGiven
        ) = NOT_GIVEN,
        body: UpdateProjectDataRetentionBody | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ProjectDataRetention]:
        """Like `update_project_data_retention`, but returns the status code and headers
        with the parsed body.
        """
        return await self._client._request(_UPDATE_PROJECT_DATA_RETENTION, locals())

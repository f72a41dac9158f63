"""Certificates operations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from .._pagination import AsyncPaginator, Paginator
from .._pagination import PageSpec as _PageSpec
from .._runtime import Endpoint as _Endpoint
from .._types import NOT_GIVEN, ApiResponse, NotGiven, TimeoutTypes
from ..models.certificate import Certificate
from ..models.delete_certificate_response import DeleteCertificateResponse
from ..models.error_response import ErrorResponse
from ..models.list_certificates_response import ListCertificatesResponse
from ..models.list_project_certificates_response import ListProjectCertificatesResponse
from ..models.modify_certificate_request import ModifyCertificateRequest
from ..models.organization_certificate import OrganizationCertificate
from ..models.organization_certificate_activation_response import (
    OrganizationCertificateActivationResponse,
)
from ..models.organization_certificate_deactivation_response import (
    OrganizationCertificateDeactivationResponse,
)
from ..models.organization_project_certificate import OrganizationProjectCertificate
from ..models.organization_project_certificate_activation_response import (
    OrganizationProjectCertificateActivationResponse,
)
from ..models.organization_project_certificate_deactivation_response import (
    OrganizationProjectCertificateDeactivationResponse,
)
from ..models.toggle_certificates_request import ToggleCertificatesRequest
from ..models.upload_certificate_request import UploadCertificateRequest

if TYPE_CHECKING:
    from .._runtime import AsyncRuntime, SyncRuntime

__all__ = ["CertificatesApi", "AsyncCertificatesApi"]

_LIST_ORGANIZATION_CERTIFICATES = _Endpoint(
    method="GET",
    path="/organization/certificates",
    operation_id="listOrganizationCertificates",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ListCertificatesResponse,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("limit", "limit", "query"),
        ("after", "after", "query"),
        ("order", "order", "query"),
    ),
    body_mode="none",
)
_LIST_ORGANIZATION_CERTIFICATES_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_UPLOAD_CERTIFICATE = _Endpoint(
    method="POST",
    path="/organization/certificates",
    operation_id="uploadCertificate",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": Certificate,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("name", "name", "field"),
        ("certificate", "certificate", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_ACTIVATE_ORGANIZATION_CERTIFICATES = _Endpoint(
    method="POST",
    path="/organization/certificates/activate",
    operation_id="activateOrganizationCertificates",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": OrganizationCertificateActivationResponse,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(("certificate_ids", "certificate_ids", "field"),),
    body_mode="fields",
    body_required=True,
)

_DEACTIVATE_ORGANIZATION_CERTIFICATES = _Endpoint(
    method="POST",
    path="/organization/certificates/deactivate",
    operation_id="deactivateOrganizationCertificates",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": OrganizationCertificateDeactivationResponse,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(("certificate_ids", "certificate_ids", "field"),),
    body_mode="fields",
    body_required=True,
)

_GET_CERTIFICATE = _Endpoint(
    method="GET",
    path="/organization/certificates/{certificate_id}",
    operation_id="getCertificate",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": Certificate,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("certificate_id", "certificate_id", "path"),
        ("include", "include", "query"),
    ),
    body_mode="none",
)

_MODIFY_CERTIFICATE = _Endpoint(
    method="POST",
    path="/organization/certificates/{certificate_id}",
    operation_id="modifyCertificate",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": Certificate,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("certificate_id", "certificate_id", "path"),
        ("name", "name", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_DELETE_CERTIFICATE = _Endpoint(
    method="DELETE",
    path="/organization/certificates/{certificate_id}",
    operation_id="deleteCertificate",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": DeleteCertificateResponse,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(("certificate_id", "certificate_id", "path"),),
    body_mode="none",
)

_LIST_PROJECT_CERTIFICATES = _Endpoint(
    method="GET",
    path="/organization/projects/{project_id}/certificates",
    operation_id="listProjectCertificates",
    body_kind="none",
    content_type=None,
    response_kind="json",
    responses={
        "200": ListProjectCertificatesResponse,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("limit", "limit", "query"),
        ("after", "after", "query"),
        ("order", "order", "query"),
    ),
    body_mode="none",
)
_LIST_PROJECT_CERTIFICATES_PAGES = _PageSpec(
    style="cursor",
    param="after",
    items="data",
    has_more="has_more",
    next_cursor="last_id",
)

_ACTIVATE_PROJECT_CERTIFICATES = _Endpoint(
    method="POST",
    path="/organization/projects/{project_id}/certificates/activate",
    operation_id="activateProjectCertificates",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": OrganizationProjectCertificateActivationResponse,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("certificate_ids", "certificate_ids", "field"),
    ),
    body_mode="fields",
    body_required=True,
)

_DEACTIVATE_PROJECT_CERTIFICATES = _Endpoint(
    method="POST",
    path="/organization/projects/{project_id}/certificates/deactivate",
    operation_id="deactivateProjectCertificates",
    body_kind="json",
    content_type="application/json",
    response_kind="json",
    responses={
        "200": OrganizationProjectCertificateDeactivationResponse,
        "429": ErrorResponse,
    },
    security=(("AdminApiKeyAuth",),),
    accept="application/json",
    params=(
        ("project_id", "project_id", "path"),
        ("certificate_ids", "certificate_ids", "field"),
    ),
    body_mode="fields",
    body_required=True,
)


class CertificatesApi:
    """Certificates operations.

    Reach it as `client.certificates`.
    """

    def __init__(self, client: SyncRuntime) -> None:
        self._client = client

    def list_organization_certificates(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListCertificatesResponse:
        """List uploaded certificates for this organization.

        Args:
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
        """
        _response: ApiResponse[ListCertificatesResponse] = self._client._request(
            _LIST_ORGANIZATION_CERTIFICATES, locals()
        )
        return _response.data

    def list_organization_certificates_with_http_info(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListCertificatesResponse]:
        """Like `list_organization_certificates`, but returns the status code and
        headers with the parsed body.
        """
        return self._client._request(_LIST_ORGANIZATION_CERTIFICATES, locals())

    def list_organization_certificates_iter(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[OrganizationCertificate]:
        """Like `list_organization_certificates`, but `for` goes over the items of every
        page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(
            self._client,
            _LIST_ORGANIZATION_CERTIFICATES,
            locals(),
            _LIST_ORGANIZATION_CERTIFICATES_PAGES,
        )

    @overload
    def upload_certificate(
        self,
        *,
        body: UploadCertificateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Certificate: ...

    @overload
    def upload_certificate(
        self,
        *,
        certificate: str,
        name: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Certificate: ...

    def upload_certificate(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        certificate: str | NotGiven = NOT_GIVEN,
        body: UploadCertificateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Certificate:
        """Upload a certificate to the organization. This does **not** automatically
        activate the certificate.

        Organizations can upload up to 50 certificates.

        Args:
            name: An optional name for the certificate
            certificate: The certificate content in PEM format
        """
        _response: ApiResponse[Certificate] = self._client._request(
            _UPLOAD_CERTIFICATE, locals()
        )
        return _response.data

    @overload
    def upload_certificate_with_http_info(
        self,
        *,
        body: UploadCertificateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Certificate]: ...

    @overload
    def upload_certificate_with_http_info(
        self,
        *,
        certificate: str,
        name: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Certificate]: ...

    def upload_certificate_with_http_info(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        certificate: str | NotGiven = NOT_GIVEN,
        body: UploadCertificateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Certificate]:
        """Like `upload_certificate`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_UPLOAD_CERTIFICATE, locals())

    @overload
    def activate_organization_certificates(
        self,
        *,
        body: ToggleCertificatesRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationCertificateActivationResponse: ...

    @overload
    def activate_organization_certificates(
        self,
        *,
        certificate_ids: list[str],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationCertificateActivationResponse: ...

    def activate_organization_certificates(
        self,
        *,
        certificate_ids: list[str] | NotGiven = NOT_GIVEN,
        body: ToggleCertificatesRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationCertificateActivationResponse:
        """Activate certificates at the organization level.

        You can atomically and idempotently activate up to 10 certificates at a time.
        """
        _response: ApiResponse[OrganizationCertificateActivationResponse] = (
            self._client._request(_ACTIVATE_ORGANIZATION_CERTIFICATES, locals())
        )
        return _response.data

    @overload
    def activate_organization_certificates_with_http_info(
        self,
        *,
        body: ToggleCertificatesRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationCertificateActivationResponse]: ...

    @overload
    def activate_organization_certificates_with_http_info(
        self,
        *,
        certificate_ids: list[str],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationCertificateActivationResponse]: ...

    def activate_organization_certificates_with_http_info(
        self,
        *,
        certificate_ids: list[str] | NotGiven = NOT_GIVEN,
        body: ToggleCertificatesRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationCertificateActivationResponse]:
        """Like `activate_organization_certificates`, but returns the status code and
        headers with the parsed body.
        """
        return self._client._request(_ACTIVATE_ORGANIZATION_CERTIFICATES, locals())

    @overload
    def deactivate_organization_certificates(
        self,
        *,
        body: ToggleCertificatesRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationCertificateDeactivationResponse: ...

    @overload
    def deactivate_organization_certificates(
        self,
        *,
        certificate_ids: list[str],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationCertificateDeactivationResponse: ...

    def deactivate_organization_certificates(
        self,
        *,
        certificate_ids: list[str] | NotGiven = NOT_GIVEN,
        body: ToggleCertificatesRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationCertificateDeactivationResponse:
        """Deactivate certificates at the organization level.

        You can atomically and idempotently deactivate up to 10 certificates at a
        time.
        """
        _response: ApiResponse[OrganizationCertificateDeactivationResponse] = (
            self._client._request(_DEACTIVATE_ORGANIZATION_CERTIFICATES, locals())
        )
        return _response.data

    @overload
    def deactivate_organization_certificates_with_http_info(
        self,
        *,
        body: ToggleCertificatesRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationCertificateDeactivationResponse]: ...

    @overload
    def deactivate_organization_certificates_with_http_info(
        self,
        *,
        certificate_ids: list[str],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationCertificateDeactivationResponse]: ...

    def deactivate_organization_certificates_with_http_info(
        self,
        *,
        certificate_ids: list[str] | NotGiven = NOT_GIVEN,
        body: ToggleCertificatesRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationCertificateDeactivationResponse]:
        """Like `deactivate_organization_certificates`, but returns the status code and
        headers with the parsed body.
        """
        return self._client._request(_DEACTIVATE_ORGANIZATION_CERTIFICATES, locals())

    def get_certificate(
        self,
        certificate_id: str,
        *,
        include: list[Literal["content"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Certificate:
        """Get a certificate that has been uploaded to the organization.

        You can get a certificate regardless of whether it is active or not.

        Args:
            certificate_id: Unique ID of the certificate to retrieve.
            include: A list of additional fields to include in the response. Currently the only supported value is `content` to fetch the PEM content of the certificate.
        """
        _response: ApiResponse[Certificate] = self._client._request(
            _GET_CERTIFICATE, locals()
        )
        return _response.data

    def get_certificate_with_http_info(
        self,
        certificate_id: str,
        *,
        include: list[Literal["content"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Certificate]:
        """Like `get_certificate`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_GET_CERTIFICATE, locals())

    @overload
    def modify_certificate(
        self,
        certificate_id: str,
        *,
        body: ModifyCertificateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Certificate: ...

    @overload
    def modify_certificate(
        self,
        certificate_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Certificate: ...

    def modify_certificate(
        self,
        certificate_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        body: ModifyCertificateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Certificate:
        """Modify a certificate. Note that only the name can be modified.

        Args:
            certificate_id: Unique ID of the certificate to modify.
            name: The updated name for the certificate
        """
        _response: ApiResponse[Certificate] = self._client._request(
            _MODIFY_CERTIFICATE, locals()
        )
        return _response.data

    @overload
    def modify_certificate_with_http_info(
        self,
        certificate_id: str,
        *,
        body: ModifyCertificateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Certificate]: ...

    @overload
    def modify_certificate_with_http_info(
        self,
        certificate_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Certificate]: ...

    def modify_certificate_with_http_info(
        self,
        certificate_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        body: ModifyCertificateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Certificate]:
        """Like `modify_certificate`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_MODIFY_CERTIFICATE, locals())

    def delete_certificate(
        self,
        certificate_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> DeleteCertificateResponse:
        """Delete a certificate from the organization.

        The certificate must be inactive for the organization and all projects.

        Args:
            certificate_id: Unique ID of the certificate to delete.
        """
        _response: ApiResponse[DeleteCertificateResponse] = self._client._request(
            _DELETE_CERTIFICATE, locals()
        )
        return _response.data

    def delete_certificate_with_http_info(
        self,
        certificate_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[DeleteCertificateResponse]:
        """Like `delete_certificate`, but returns the status code and headers with the
        parsed body.
        """
        return self._client._request(_DELETE_CERTIFICATE, locals())

    def list_project_certificates(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListProjectCertificatesResponse:
        """List certificates for this project.

        Args:
            project_id: The ID of the project.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
        """
        _response: ApiResponse[ListProjectCertificatesResponse] = self._client._request(
            _LIST_PROJECT_CERTIFICATES, locals()
        )
        return _response.data

    def list_project_certificates_with_http_info(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListProjectCertificatesResponse]:
        """Like `list_project_certificates`, but returns the status code and headers
        with the parsed body.
        """
        return self._client._request(_LIST_PROJECT_CERTIFICATES, locals())

    def list_project_certificates_iter(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Paginator[OrganizationProjectCertificate]:
        """Like `list_project_certificates`, but `for` goes over the items of every
        page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return Paginator(
            self._client,
            _LIST_PROJECT_CERTIFICATES,
            locals(),
            _LIST_PROJECT_CERTIFICATES_PAGES,
        )

    @overload
    def activate_project_certificates(
        self,
        project_id: str,
        *,
        body: ToggleCertificatesRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationProjectCertificateActivationResponse: ...

    @overload
    def activate_project_certificates(
        self,
        project_id: str,
        *,
        certificate_ids: list[str],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationProjectCertificateActivationResponse: ...

    def activate_project_certificates(
        self,
        project_id: str,
        *,
        certificate_ids: list[str] | NotGiven = NOT_GIVEN,
        body: ToggleCertificatesRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationProjectCertificateActivationResponse:
        """Activate certificates at the project level.

        You can atomically and idempotently activate up to 10 certificates at a time.

        Args:
            project_id: The ID of the project.
        """
        _response: ApiResponse[OrganizationProjectCertificateActivationResponse] = (
            self._client._request(_ACTIVATE_PROJECT_CERTIFICATES, locals())
        )
        return _response.data

    @overload
    def activate_project_certificates_with_http_info(
        self,
        project_id: str,
        *,
        body: ToggleCertificatesRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationProjectCertificateActivationResponse]: ...

    @overload
    def activate_project_certificates_with_http_info(
        self,
        project_id: str,
        *,
        certificate_ids: list[str],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationProjectCertificateActivationResponse]: ...

    def activate_project_certificates_with_http_info(
        self,
        project_id: str,
        *,
        certificate_ids: list[str] | NotGiven = NOT_GIVEN,
        body: ToggleCertificatesRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationProjectCertificateActivationResponse]:
        """Like `activate_project_certificates`, but returns the status code and headers
        with the parsed body.
        """
        return self._client._request(_ACTIVATE_PROJECT_CERTIFICATES, locals())

    @overload
    def deactivate_project_certificates(
        self,
        project_id: str,
        *,
        body: ToggleCertificatesRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationProjectCertificateDeactivationResponse: ...

    @overload
    def deactivate_project_certificates(
        self,
        project_id: str,
        *,
        certificate_ids: list[str],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationProjectCertificateDeactivationResponse: ...

    def deactivate_project_certificates(
        self,
        project_id: str,
        *,
        certificate_ids: list[str] | NotGiven = NOT_GIVEN,
        body: ToggleCertificatesRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationProjectCertificateDeactivationResponse:
        """Deactivate certificates at the project level. You can atomically and
        idempotently deactivate up to 10 certificates at a time.

        Args:
            project_id: The ID of the project.
        """
        _response: ApiResponse[OrganizationProjectCertificateDeactivationResponse] = (
            self._client._request(_DEACTIVATE_PROJECT_CERTIFICATES, locals())
        )
        return _response.data

    @overload
    def deactivate_project_certificates_with_http_info(
        self,
        project_id: str,
        *,
        body: ToggleCertificatesRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationProjectCertificateDeactivationResponse]: ...

    @overload
    def deactivate_project_certificates_with_http_info(
        self,
        project_id: str,
        *,
        certificate_ids: list[str],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationProjectCertificateDeactivationResponse]: ...

    def deactivate_project_certificates_with_http_info(
        self,
        project_id: str,
        *,
        certificate_ids: list[str] | NotGiven = NOT_GIVEN,
        body: ToggleCertificatesRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationProjectCertificateDeactivationResponse]:
        """Like `deactivate_project_certificates`, but returns the status code and
        headers with the parsed body.
        """
        return self._client._request(_DEACTIVATE_PROJECT_CERTIFICATES, locals())


class AsyncCertificatesApi:
    """Certificates operations (async).

    Reach it as `client.certificates`.
    """

    def __init__(self, client: AsyncRuntime) -> None:
        self._client = client

    async def list_organization_certificates(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListCertificatesResponse:
        """List uploaded certificates for this organization.

        Args:
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
        """
        _response: ApiResponse[ListCertificatesResponse] = await self._client._request(
            _LIST_ORGANIZATION_CERTIFICATES, locals()
        )
        return _response.data

    async def list_organization_certificates_with_http_info(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListCertificatesResponse]:
        """Like `list_organization_certificates`, but returns the status code and
        headers with the parsed body.
        """
        return await self._client._request(_LIST_ORGANIZATION_CERTIFICATES, locals())

    def list_organization_certificates_iter(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[OrganizationCertificate]:
        """Like `list_organization_certificates`, but `async for` goes over the items of
        every page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client,
            _LIST_ORGANIZATION_CERTIFICATES,
            locals(),
            _LIST_ORGANIZATION_CERTIFICATES_PAGES,
        )

    @overload
    async def upload_certificate(
        self,
        *,
        body: UploadCertificateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Certificate: ...

    @overload
    async def upload_certificate(
        self,
        *,
        certificate: str,
        name: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Certificate: ...

    async def upload_certificate(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        certificate: str | NotGiven = NOT_GIVEN,
        body: UploadCertificateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Certificate:
        """Upload a certificate to the organization. This does **not** automatically
        activate the certificate.

        Organizations can upload up to 50 certificates.

        Args:
            name: An optional name for the certificate
            certificate: The certificate content in PEM format
        """
        _response: ApiResponse[Certificate] = await self._client._request(
            _UPLOAD_CERTIFICATE, locals()
        )
        return _response.data

    @overload
    async def upload_certificate_with_http_info(
        self,
        *,
        body: UploadCertificateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Certificate]: ...

    @overload
    async def upload_certificate_with_http_info(
        self,
        *,
        certificate: str,
        name: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Certificate]: ...

    async def upload_certificate_with_http_info(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        certificate: str | NotGiven = NOT_GIVEN,
        body: UploadCertificateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Certificate]:
        """Like `upload_certificate`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_UPLOAD_CERTIFICATE, locals())

    @overload
    async def activate_organization_certificates(
        self,
        *,
        body: ToggleCertificatesRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationCertificateActivationResponse: ...

    @overload
    async def activate_organization_certificates(
        self,
        *,
        certificate_ids: list[str],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationCertificateActivationResponse: ...

    async def activate_organization_certificates(
        self,
        *,
        certificate_ids: list[str] | NotGiven = NOT_GIVEN,
        body: ToggleCertificatesRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationCertificateActivationResponse:
        """Activate certificates at the organization level.

        You can atomically and idempotently activate up to 10 certificates at a time.
        """
        _response: ApiResponse[OrganizationCertificateActivationResponse] = (
            await self._client._request(_ACTIVATE_ORGANIZATION_CERTIFICATES, locals())
        )
        return _response.data

    @overload
    async def activate_organization_certificates_with_http_info(
        self,
        *,
        body: ToggleCertificatesRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationCertificateActivationResponse]: ...

    @overload
    async def activate_organization_certificates_with_http_info(
        self,
        *,
        certificate_ids: list[str],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationCertificateActivationResponse]: ...

    async def activate_organization_certificates_with_http_info(
        self,
        *,
        certificate_ids: list[str] | NotGiven = NOT_GIVEN,
        body: ToggleCertificatesRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationCertificateActivationResponse]:
        """Like `activate_organization_certificates`, but returns the status code and
        headers with the parsed body.
        """
        return await self._client._request(
            _ACTIVATE_ORGANIZATION_CERTIFICATES, locals()
        )

    @overload
    async def deactivate_organization_certificates(
        self,
        *,
        body: ToggleCertificatesRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationCertificateDeactivationResponse: ...

    @overload
    async def deactivate_organization_certificates(
        self,
        *,
        certificate_ids: list[str],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationCertificateDeactivationResponse: ...

    async def deactivate_organization_certificates(
        self,
        *,
        certificate_ids: list[str] | NotGiven = NOT_GIVEN,
        body: ToggleCertificatesRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationCertificateDeactivationResponse:
        """Deactivate certificates at the organization level.

        You can atomically and idempotently deactivate up to 10 certificates at a
        time.
        """
        _response: ApiResponse[OrganizationCertificateDeactivationResponse] = (
            await self._client._request(_DEACTIVATE_ORGANIZATION_CERTIFICATES, locals())
        )
        return _response.data

    @overload
    async def deactivate_organization_certificates_with_http_info(
        self,
        *,
        body: ToggleCertificatesRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationCertificateDeactivationResponse]: ...

    @overload
    async def deactivate_organization_certificates_with_http_info(
        self,
        *,
        certificate_ids: list[str],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationCertificateDeactivationResponse]: ...

    async def deactivate_organization_certificates_with_http_info(
        self,
        *,
        certificate_ids: list[str] | NotGiven = NOT_GIVEN,
        body: ToggleCertificatesRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationCertificateDeactivationResponse]:
        """Like `deactivate_organization_certificates`, but returns the status code and
        headers with the parsed body.
        """
        return await self._client._request(
            _DEACTIVATE_ORGANIZATION_CERTIFICATES, locals()
        )

    async def get_certificate(
        self,
        certificate_id: str,
        *,
        include: list[Literal["content"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Certificate:
        """Get a certificate that has been uploaded to the organization.

        You can get a certificate regardless of whether it is active or not.

        Args:
            certificate_id: Unique ID of the certificate to retrieve.
            include: A list of additional fields to include in the response. Currently the only supported value is `content` to fetch the PEM content of the certificate.
        """
        _response: ApiResponse[Certificate] = await self._client._request(
            _GET_CERTIFICATE, locals()
        )
        return _response.data

    async def get_certificate_with_http_info(
        self,
        certificate_id: str,
        *,
        include: list[Literal["content"]] | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Certificate]:
        """Like `get_certificate`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_GET_CERTIFICATE, locals())

    @overload
    async def modify_certificate(
        self,
        certificate_id: str,
        *,
        body: ModifyCertificateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Certificate: ...

    @overload
    async def modify_certificate(
        self,
        certificate_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Certificate: ...

    async def modify_certificate(
        self,
        certificate_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        body: ModifyCertificateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> Certificate:
        """Modify a certificate. Note that only the name can be modified.

        Args:
            certificate_id: Unique ID of the certificate to modify.
            name: The updated name for the certificate
        """
        _response: ApiResponse[Certificate] = await self._client._request(
            _MODIFY_CERTIFICATE, locals()
        )
        return _response.data

    @overload
    async def modify_certificate_with_http_info(
        self,
        certificate_id: str,
        *,
        body: ModifyCertificateRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Certificate]: ...

    @overload
    async def modify_certificate_with_http_info(
        self,
        certificate_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Certificate]: ...

    async def modify_certificate_with_http_info(
        self,
        certificate_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        body: ModifyCertificateRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[Certificate]:
        """Like `modify_certificate`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_MODIFY_CERTIFICATE, locals())

    async def delete_certificate(
        self,
        certificate_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> DeleteCertificateResponse:
        """Delete a certificate from the organization.

        The certificate must be inactive for the organization and all projects.

        Args:
            certificate_id: Unique ID of the certificate to delete.
        """
        _response: ApiResponse[DeleteCertificateResponse] = await self._client._request(
            _DELETE_CERTIFICATE, locals()
        )
        return _response.data

    async def delete_certificate_with_http_info(
        self,
        certificate_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[DeleteCertificateResponse]:
        """Like `delete_certificate`, but returns the status code and headers with the
        parsed body.
        """
        return await self._client._request(_DELETE_CERTIFICATE, locals())

    async def list_project_certificates(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ListProjectCertificatesResponse:
        """List certificates for this project.

        Args:
            project_id: The ID of the project.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.
        """
        _response: ApiResponse[ListProjectCertificatesResponse] = (
            await self._client._request(_LIST_PROJECT_CERTIFICATES, locals())
        )
        return _response.data

    async def list_project_certificates_with_http_info(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[ListProjectCertificatesResponse]:
        """Like `list_project_certificates`, but returns the status code and headers
        with the parsed body.
        """
        return await self._client._request(_LIST_PROJECT_CERTIFICATES, locals())

    def list_project_certificates_iter(
        self,
        project_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> AsyncPaginator[OrganizationProjectCertificate]:
        """Like `list_project_certificates`, but `async for` goes over the items of
        every page, fetching the next page only when needed.

        The arguments are those of the first page; `.pages()` gives whole pages.
        """
        return AsyncPaginator(
            self._client,
            _LIST_PROJECT_CERTIFICATES,
            locals(),
            _LIST_PROJECT_CERTIFICATES_PAGES,
        )

    @overload
    async def activate_project_certificates(
        self,
        project_id: str,
        *,
        body: ToggleCertificatesRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationProjectCertificateActivationResponse: ...

    @overload
    async def activate_project_certificates(
        self,
        project_id: str,
        *,
        certificate_ids: list[str],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationProjectCertificateActivationResponse: ...

    async def activate_project_certificates(
        self,
        project_id: str,
        *,
        certificate_ids: list[str] | NotGiven = NOT_GIVEN,
        body: ToggleCertificatesRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationProjectCertificateActivationResponse:
        """Activate certificates at the project level.

        You can atomically and idempotently activate up to 10 certificates at a time.

        Args:
            project_id: The ID of the project.
        """
        _response: ApiResponse[OrganizationProjectCertificateActivationResponse] = (
            await self._client._request(_ACTIVATE_PROJECT_CERTIFICATES, locals())
        )
        return _response.data

    @overload
    async def activate_project_certificates_with_http_info(
        self,
        project_id: str,
        *,
        body: ToggleCertificatesRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationProjectCertificateActivationResponse]: ...

    @overload
    async def activate_project_certificates_with_http_info(
        self,
        project_id: str,
        *,
        certificate_ids: list[str],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationProjectCertificateActivationResponse]: ...

    async def activate_project_certificates_with_http_info(
        self,
        project_id: str,
        *,
        certificate_ids: list[str] | NotGiven = NOT_GIVEN,
        body: ToggleCertificatesRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationProjectCertificateActivationResponse]:
        """Like `activate_project_certificates`, but returns the status code and headers
        with the parsed body.
        """
        return await self._client._request(_ACTIVATE_PROJECT_CERTIFICATES, locals())

    @overload
    async def deactivate_project_certificates(
        self,
        project_id: str,
        *,
        body: ToggleCertificatesRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationProjectCertificateDeactivationResponse: ...

    @overload
    async def deactivate_project_certificates(
        self,
        project_id: str,
        *,
        certificate_ids: list[str],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationProjectCertificateDeactivationResponse: ...

    async def deactivate_project_certificates(
        self,
        project_id: str,
        *,
        certificate_ids: list[str] | NotGiven = NOT_GIVEN,
        body: ToggleCertificatesRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> OrganizationProjectCertificateDeactivationResponse:
        """Deactivate certificates at the project level. You can atomically and
        idempotently deactivate up to 10 certificates at a time.

        Args:
            project_id: The ID of the project.
        """
        _response: ApiResponse[OrganizationProjectCertificateDeactivationResponse] = (
            await self._client._request(_DEACTIVATE_PROJECT_CERTIFICATES, locals())
        )
        return _response.data

    @overload
    async def deactivate_project_certificates_with_http_info(
        self,
        project_id: str,
        *,
        body: ToggleCertificatesRequest | dict[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationProjectCertificateDeactivationResponse]: ...

    @overload
    async def deactivate_project_certificates_with_http_info(
        self,
        project_id: str,
        *,
        certificate_ids: list[str],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationProjectCertificateDeactivationResponse]: ...

    async def deactivate_project_certificates_with_http_info(
        self,
        project_id: str,
        *,
        certificate_ids: list[str] | NotGiven = NOT_GIVEN,
        body: ToggleCertificatesRequest | dict[str, Any] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        extra_headers: dict[str, str] | None = None,
        extra_query: dict[str, object] | None = None,
        extra_body: dict[str, object] | None = None,
    ) -> ApiResponse[OrganizationProjectCertificateDeactivationResponse]:
        """Like `deactivate_project_certificates`, but returns the status code and
        headers with the parsed body.
        """
        return await self._client._request(_DEACTIVATE_PROJECT_CERTIFICATES, locals())

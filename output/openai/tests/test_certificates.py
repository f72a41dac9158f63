"""Tests of the Certificates operations, generated from the API description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from openai_client.models.certificate import Certificate
from openai_client.models.delete_certificate_response import DeleteCertificateResponse
from openai_client.models.list_certificates_response import ListCertificatesResponse
from openai_client.models.list_project_certificates_response import (
    ListProjectCertificatesResponse,
)
from openai_client.models.organization_certificate_activation_response import (
    OrganizationCertificateActivationResponse,
)
from openai_client.models.organization_certificate_deactivation_response import (
    OrganizationCertificateDeactivationResponse,
)
from openai_client.models.organization_project_certificate_activation_response import (
    OrganizationProjectCertificateActivationResponse,
)
from openai_client.models.organization_project_certificate_deactivation_response import (
    OrganizationProjectCertificateDeactivationResponse,
)


def test_list_organization_certificates(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "object": "organization.certificate",
                    "id": "string",
                    "name": "string",
                    "created_at": 1,
                    "certificate_details": {},
                    "active": True,
                }
            ],
            "has_more": True,
            "first_id": "string",
            "last_id": "string",
        },
    )
    result = call(lambda client: client.certificates.list_organization_certificates())
    mock.expect("GET", "/organization/certificates")
    mock.check(result, ListCertificatesResponse)


def test_upload_certificate(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "certificate",
            "id": "string",
            "name": "string",
            "created_at": 1,
            "certificate_details": {},
        },
    )
    result = call(
        lambda client: client.certificates.upload_certificate(certificate="string")
    )
    mock.expect("POST", "/organization/certificates")
    mock.check(result, Certificate)


def test_activate_organization_certificates(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "organization.certificate.activation",
            "data": [
                {
                    "object": "organization.certificate",
                    "id": "string",
                    "name": "string",
                    "created_at": 1,
                    "certificate_details": {},
                    "active": True,
                }
            ],
        },
    )
    result = call(
        lambda client: client.certificates.activate_organization_certificates(
            certificate_ids=["cert_abc"]
        )
    )
    mock.expect("POST", "/organization/certificates/activate")
    mock.check(result, OrganizationCertificateActivationResponse)


def test_deactivate_organization_certificates(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "organization.certificate.deactivation",
            "data": [
                {
                    "object": "organization.certificate",
                    "id": "string",
                    "name": "string",
                    "created_at": 1,
                    "certificate_details": {},
                    "active": True,
                }
            ],
        },
    )
    result = call(
        lambda client: client.certificates.deactivate_organization_certificates(
            certificate_ids=["cert_abc"]
        )
    )
    mock.expect("POST", "/organization/certificates/deactivate")
    mock.check(result, OrganizationCertificateDeactivationResponse)


def test_get_certificate(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "certificate",
            "id": "string",
            "name": "string",
            "created_at": 1,
            "certificate_details": {},
        },
    )
    result = call(
        lambda client: client.certificates.get_certificate(certificate_id="string")
    )
    mock.expect("GET", "/organization/certificates/string")
    mock.check(result, Certificate)


def test_modify_certificate(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "certificate",
            "id": "string",
            "name": "string",
            "created_at": 1,
            "certificate_details": {},
        },
    )
    result = call(
        lambda client: client.certificates.modify_certificate(certificate_id="string")
    )
    mock.expect("POST", "/organization/certificates/string")
    mock.check(result, Certificate)


def test_delete_certificate(call, mock):
    mock.respond(
        200, "application/json", {"object": "certificate.deleted", "id": "string"}
    )
    result = call(
        lambda client: client.certificates.delete_certificate(certificate_id="string")
    )
    mock.expect("DELETE", "/organization/certificates/string")
    mock.check(result, DeleteCertificateResponse)


def test_list_project_certificates(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "object": "organization.project.certificate",
                    "id": "string",
                    "name": "string",
                    "created_at": 1,
                    "certificate_details": {},
                    "active": True,
                }
            ],
            "has_more": True,
            "first_id": "string",
            "last_id": "string",
        },
    )
    result = call(
        lambda client: client.certificates.list_project_certificates(
            project_id="string"
        )
    )
    mock.expect("GET", "/organization/projects/string/certificates")
    mock.check(result, ListProjectCertificatesResponse)


def test_activate_project_certificates(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "organization.project.certificate.activation",
            "data": [
                {
                    "object": "organization.project.certificate",
                    "id": "string",
                    "name": "string",
                    "created_at": 1,
                    "certificate_details": {},
                    "active": True,
                }
            ],
        },
    )
    result = call(
        lambda client: client.certificates.activate_project_certificates(
            project_id="string", certificate_ids=["cert_abc"]
        )
    )
    mock.expect("POST", "/organization/projects/string/certificates/activate")
    mock.check(result, OrganizationProjectCertificateActivationResponse)


def test_deactivate_project_certificates(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "organization.project.certificate.deactivation",
            "data": [
                {
                    "object": "organization.project.certificate",
                    "id": "string",
                    "name": "string",
                    "created_at": 1,
                    "certificate_details": {},
                    "active": True,
                }
            ],
        },
    )
    result = call(
        lambda client: client.certificates.deactivate_project_certificates(
            project_id="string", certificate_ids=["cert_abc"]
        )
    )
    mock.expect("POST", "/organization/projects/string/certificates/deactivate")
    mock.check(result, OrganizationProjectCertificateDeactivationResponse)

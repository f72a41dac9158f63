"""Tests of the Data retention operations, generated from the API description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from openai_client.models.organization_data_retention import OrganizationDataRetention
from openai_client.models.project_data_retention import ProjectDataRetention


def test_retrieve_organization_data_retention(call, mock):
    mock.respond(
        200,
        "application/json",
        {"object": "organization.data_retention", "type": "zero_data_retention"},
    )
    result = call(
        lambda client: client.data_retention.retrieve_organization_data_retention()
    )
    mock.expect("GET", "/organization/data_retention")
    mock.check(result, OrganizationDataRetention)


def test_update_organization_data_retention(call, mock):
    mock.respond(
        200,
        "application/json",
        {"object": "organization.data_retention", "type": "zero_data_retention"},
    )
    result = call(
        lambda client: client.data_retention.update_organization_data_retention(
            retention_type="zero_data_retention"
        )
    )
    mock.expect("POST", "/organization/data_retention")
    mock.check(result, OrganizationDataRetention)


def test_retrieve_project_data_retention(call, mock):
    mock.respond(
        200,
        "application/json",
        {"object": "project.data_retention", "type": "organization_default"},
    )
    result = call(
        lambda client: client.data_retention.retrieve_project_data_retention(
            project_id="string"
        )
    )
    mock.expect("GET", "/organization/projects/string/data_retention")
    mock.check(result, ProjectDataRetention)


def test_update_project_data_retention(call, mock):
    mock.respond(
        200,
        "application/json",
        {"object": "project.data_retention", "type": "organization_default"},
    )
    result = call(
        lambda client: client.data_retention.update_project_data_retention(
            project_id="string", retention_type="organization_default"
        )
    )
    mock.expect("POST", "/organization/projects/string/data_retention")
    mock.check(result, ProjectDataRetention)

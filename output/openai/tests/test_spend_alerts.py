"""Tests of the Spend alerts operations, generated from the API description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from openai_client.models.organization_spend_alert import OrganizationSpendAlert
from openai_client.models.organization_spend_alert_deleted_resource import (
    OrganizationSpendAlertDeletedResource,
)
from openai_client.models.organization_spend_alert_list_resource import (
    OrganizationSpendAlertListResource,
)
from openai_client.models.project_spend_alert import ProjectSpendAlert
from openai_client.models.project_spend_alert_deleted_resource import (
    ProjectSpendAlertDeletedResource,
)
from openai_client.models.project_spend_alert_list_resource import (
    ProjectSpendAlertListResource,
)


def test_list_project_spend_alerts(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "id": "string",
                    "object": "project.spend_alert",
                    "threshold_amount": 1,
                    "currency": "USD",
                    "interval": "month",
                    "notification_channel": {"type": "email", "recipients": ["string"]},
                }
            ],
            "first_id": "string",
            "last_id": "string",
            "has_more": True,
        },
    )
    result = call(
        lambda client: client.spend_alerts.list_project_spend_alerts(
            project_id="string"
        )
    )
    mock.expect("GET", "/organization/projects/string/spend_alerts")
    mock.check(result, ProjectSpendAlertListResource)


def test_create_project_spend_alert(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "project.spend_alert",
            "threshold_amount": 1,
            "currency": "USD",
            "interval": "month",
            "notification_channel": {"type": "email", "recipients": ["string"]},
        },
    )
    result = call(
        lambda client: client.spend_alerts.create_project_spend_alert(
            project_id="string",
            threshold_amount=0,
            currency="USD",
            interval="month",
            notification_channel={"type": "email", "recipients": ["string"]},
        )
    )
    mock.expect("POST", "/organization/projects/string/spend_alerts")
    mock.check(result, ProjectSpendAlert)


def test_retrieve_project_spend_alert(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "project.spend_alert",
            "threshold_amount": 1,
            "currency": "USD",
            "interval": "month",
            "notification_channel": {"type": "email", "recipients": ["string"]},
        },
    )
    result = call(
        lambda client: client.spend_alerts.retrieve_project_spend_alert(
            project_id="string", alert_id="string"
        )
    )
    mock.expect("GET", "/organization/projects/string/spend_alerts/string")
    mock.check(result, ProjectSpendAlert)


def test_update_project_spend_alert(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "project.spend_alert",
            "threshold_amount": 1,
            "currency": "USD",
            "interval": "month",
            "notification_channel": {"type": "email", "recipients": ["string"]},
        },
    )
    result = call(
        lambda client: client.spend_alerts.update_project_spend_alert(
            project_id="string",
            alert_id="string",
            threshold_amount=0,
            currency="USD",
            interval="month",
            notification_channel={"type": "email", "recipients": ["string"]},
        )
    )
    mock.expect("POST", "/organization/projects/string/spend_alerts/string")
    mock.check(result, ProjectSpendAlert)


def test_delete_project_spend_alert(call, mock):
    mock.respond(
        200,
        "application/json",
        {"id": "string", "object": "project.spend_alert.deleted", "deleted": True},
    )
    result = call(
        lambda client: client.spend_alerts.delete_project_spend_alert(
            project_id="string", alert_id="string"
        )
    )
    mock.expect("DELETE", "/organization/projects/string/spend_alerts/string")
    mock.check(result, ProjectSpendAlertDeletedResource)


def test_list_organization_spend_alerts(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "id": "string",
                    "object": "organization.spend_alert",
                    "threshold_amount": 1,
                    "currency": "USD",
                    "interval": "month",
                    "notification_channel": {"type": "email", "recipients": ["string"]},
                }
            ],
            "first_id": "string",
            "last_id": "string",
            "has_more": True,
        },
    )
    result = call(lambda client: client.spend_alerts.list_organization_spend_alerts())
    mock.expect("GET", "/organization/spend_alerts")
    mock.check(result, OrganizationSpendAlertListResource)


def test_create_organization_spend_alert(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "organization.spend_alert",
            "threshold_amount": 1,
            "currency": "USD",
            "interval": "month",
            "notification_channel": {"type": "email", "recipients": ["string"]},
        },
    )
    result = call(
        lambda client: client.spend_alerts.create_organization_spend_alert(
            threshold_amount=0,
            currency="USD",
            interval="month",
            notification_channel={"type": "email", "recipients": ["string"]},
        )
    )
    mock.expect("POST", "/organization/spend_alerts")
    mock.check(result, OrganizationSpendAlert)


def test_retrieve_organization_spend_alert(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "organization.spend_alert",
            "threshold_amount": 1,
            "currency": "USD",
            "interval": "month",
            "notification_channel": {"type": "email", "recipients": ["string"]},
        },
    )
    result = call(
        lambda client: client.spend_alerts.retrieve_organization_spend_alert(
            alert_id="string"
        )
    )
    mock.expect("GET", "/organization/spend_alerts/string")
    mock.check(result, OrganizationSpendAlert)


def test_update_organization_spend_alert(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "object": "organization.spend_alert",
            "threshold_amount": 1,
            "currency": "USD",
            "interval": "month",
            "notification_channel": {"type": "email", "recipients": ["string"]},
        },
    )
    result = call(
        lambda client: client.spend_alerts.update_organization_spend_alert(
            alert_id="string",
            threshold_amount=0,
            currency="USD",
            interval="month",
            notification_channel={"type": "email", "recipients": ["string"]},
        )
    )
    mock.expect("POST", "/organization/spend_alerts/string")
    mock.check(result, OrganizationSpendAlert)


def test_delete_organization_spend_alert(call, mock):
    mock.respond(
        200,
        "application/json",
        {"id": "string", "object": "organization.spend_alert.deleted", "deleted": True},
    )
    result = call(
        lambda client: client.spend_alerts.delete_organization_spend_alert(
            alert_id="string"
        )
    )
    mock.expect("DELETE", "/organization/spend_alerts/string")
    mock.check(result, OrganizationSpendAlertDeletedResource)

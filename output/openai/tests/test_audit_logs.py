"""Tests of the Audit Logs operations, generated from the API description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from openai_client.models.list_audit_logs_response import ListAuditLogsResponse


def test_list_audit_logs(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [{"id": "string", "type": "api_key.created", "effective_at": 1}],
            "has_more": True,
        },
    )
    result = call(lambda client: client.audit_logs.list_audit_logs())
    mock.expect("GET", "/organization/audit_logs")
    mock.check(result, ListAuditLogsResponse)

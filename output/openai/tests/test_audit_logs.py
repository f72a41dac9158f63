"""Tests of the Audit Logs operations: each test calls one operation, with a sync and with an async client, checks the request it sent and that the result has the declared type.

Generated from the API description; run them with `pytest` (see the README).
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

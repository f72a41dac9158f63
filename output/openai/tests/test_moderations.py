"""Tests of the Moderations operations, generated from the API description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from openai_client.models.create_moderation_response import CreateModerationResponse


def test_create_moderation(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "model": "string",
            "results": [
                {
                    "flagged": True,
                    "categories": {
                        "hate": True,
                        "hate/threatening": True,
                        "harassment": True,
                        "harassment/threatening": True,
                        "illicit": True,
                        "illicit/violent": True,
                        "self-harm": True,
                        "self-harm/intent": True,
                        "self-harm/instructions": True,
                        "sexual": True,
                        "sexual/minors": True,
                        "violence": True,
                        "violence/graphic": True,
                    },
                    "category_scores": {
                        "hate": 1.0,
                        "hate/threatening": 1.0,
                        "harassment": 1.0,
                        "harassment/threatening": 1.0,
                        "illicit": 1.0,
                        "illicit/violent": 1.0,
                        "self-harm": 1.0,
                        "self-harm/intent": 1.0,
                        "self-harm/instructions": 1.0,
                        "sexual": 1.0,
                        "sexual/minors": 1.0,
                        "violence": 1.0,
                        "violence/graphic": 1.0,
                    },
                    "category_applied_input_types": {
                        "hate": ["text"],
                        "hate/threatening": ["text"],
                        "harassment": ["text"],
                        "harassment/threatening": ["text"],
                        "illicit": ["text"],
                        "illicit/violent": ["text"],
                        "self-harm": ["text"],
                        "self-harm/intent": ["text"],
                        "self-harm/instructions": ["text"],
                        "sexual": ["text"],
                        "sexual/minors": ["text"],
                        "violence": ["text"],
                        "violence/graphic": ["text"],
                    },
                }
            ],
        },
    )
    result = call(
        lambda client: client.moderations.create_moderation(
            input="I want to kill them."
        )
    )
    mock.expect("POST", "/moderations")
    mock.check(result, CreateModerationResponse)

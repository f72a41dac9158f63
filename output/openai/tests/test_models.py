"""Tests of the Models operations, generated from the API description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from openai_client.models.delete_model_response import DeleteModelResponse
from openai_client.models.list_models_response import ListModelsResponse
from openai_client.models.model import Model


def test_list_models(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {"id": "string", "object": "model", "created": 1, "owned_by": "string"}
            ],
        },
    )
    result = call(lambda client: client.models.list_models())
    mock.expect("GET", "/models")
    mock.check(result, ListModelsResponse)


def test_retrieve_model(call, mock):
    mock.respond(
        200,
        "application/json",
        {"id": "string", "object": "model", "created": 1, "owned_by": "string"},
    )
    result = call(lambda client: client.models.retrieve_model(model="gpt-4o-mini"))
    mock.expect("GET", "/models/gpt-4o-mini")
    mock.check(result, Model)


def test_delete_model(call, mock):
    mock.respond(
        200, "application/json", {"id": "string", "object": "string", "deleted": True}
    )
    result = call(
        lambda client: client.models.delete_model(
            model="ft:gpt-4o-mini:acemeco:suffix:abc123"
        )
    )
    mock.expect("DELETE", "/models/ft:gpt-4o-mini:acemeco:suffix:abc123")
    mock.check(result, DeleteModelResponse)

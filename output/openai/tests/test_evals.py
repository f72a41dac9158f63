"""Tests of the Evals operations, generated from the API description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from openai_client.models.delete_eval_response import DeleteEvalResponse
from openai_client.models.delete_eval_run_response import DeleteEvalRunResponse
from openai_client.models.eval import Eval
from openai_client.models.eval_list import EvalList
from openai_client.models.eval_run import EvalRun
from openai_client.models.eval_run_list import EvalRunList
from openai_client.models.eval_run_output_item import EvalRunOutputItem
from openai_client.models.eval_run_output_item_list import EvalRunOutputItemList


def test_list_evals(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "id": "string",
                    "data_source_config": {"type": "custom", "schema": {}},
                    "object": "eval",
                    "testing_criteria": [
                        {
                            "type": "label_model",
                            "model": "string",
                            "input": [{"role": "user", "content": "string"}],
                            "passing_labels": ["string"],
                            "labels": ["string"],
                            "name": "string",
                        }
                    ],
                    "name": "string",
                    "created_at": 1,
                    "metadata": {},
                }
            ],
            "first_id": "string",
            "last_id": "string",
            "has_more": True,
        },
    )
    result = call(lambda client: client.evals.list_evals())
    mock.expect("GET", "/evals")
    mock.check(result, EvalList)


def test_create_eval(call, mock):
    mock.respond(
        201,
        "application/json",
        {
            "id": "string",
            "data_source_config": {"type": "custom", "schema": {}},
            "object": "eval",
            "testing_criteria": [
                {
                    "type": "label_model",
                    "model": "string",
                    "input": [{"role": "user", "content": "string"}],
                    "passing_labels": ["string"],
                    "labels": ["string"],
                    "name": "string",
                }
            ],
            "name": "string",
            "created_at": 1,
            "metadata": {},
        },
    )
    result = call(
        lambda client: client.evals.create_eval(
            data_source_config={"item_schema": {}, "type": "custom"},
            testing_criteria=[
                {
                    "type": "label_model",
                    "model": "string",
                    "input": [{"role": "string", "content": "string"}],
                    "passing_labels": ["string"],
                    "labels": ["string"],
                    "name": "string",
                }
            ],
        )
    )
    mock.expect("POST", "/evals")
    mock.check(result, Eval)


def test_get_eval(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "data_source_config": {"type": "custom", "schema": {}},
            "object": "eval",
            "testing_criteria": [
                {
                    "type": "label_model",
                    "model": "string",
                    "input": [{"role": "user", "content": "string"}],
                    "passing_labels": ["string"],
                    "labels": ["string"],
                    "name": "string",
                }
            ],
            "name": "string",
            "created_at": 1,
            "metadata": {},
        },
    )
    result = call(lambda client: client.evals.get_eval(eval_id="string"))
    mock.expect("GET", "/evals/string")
    mock.check(result, Eval)


def test_update_eval(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "id": "string",
            "data_source_config": {"type": "custom", "schema": {}},
            "object": "eval",
            "testing_criteria": [
                {
                    "type": "label_model",
                    "model": "string",
                    "input": [{"role": "user", "content": "string"}],
                    "passing_labels": ["string"],
                    "labels": ["string"],
                    "name": "string",
                }
            ],
            "name": "string",
            "created_at": 1,
            "metadata": {},
        },
    )
    result = call(lambda client: client.evals.update_eval(eval_id="string"))
    mock.expect("POST", "/evals/string")
    mock.check(result, Eval)


def test_delete_eval(call, mock):
    mock.respond(
        200,
        "application/json",
        {"object": "string", "deleted": True, "eval_id": "string"},
    )
    result = call(lambda client: client.evals.delete_eval(eval_id="string"))
    mock.expect("DELETE", "/evals/string")
    mock.check(result, DeleteEvalResponse)


def test_get_eval_runs(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "object": "eval.run",
                    "id": "string",
                    "eval_id": "string",
                    "status": "string",
                    "model": "string",
                    "name": "string",
                    "created_at": 1,
                    "report_url": "https://example.com",
                    "result_counts": {
                        "total": 1,
                        "errored": 1,
                        "failed": 1,
                        "passed": 1,
                    },
                    "per_model_usage": [
                        {
                            "model_name": "string",
                            "invocation_count": 1,
                            "prompt_tokens": 1,
                            "completion_tokens": 1,
                            "total_tokens": 1,
                            "cached_tokens": 1,
                        }
                    ],
                    "per_testing_criteria_results": [
                        {"testing_criteria": "string", "passed": 1, "failed": 1}
                    ],
                    "data_source": {
                        "type": "jsonl",
                        "source": {"type": "file_content", "content": [{"item": {}}]},
                    },
                    "metadata": {},
                    "error": {"code": "string", "message": "string"},
                }
            ],
            "first_id": "string",
            "last_id": "string",
            "has_more": True,
        },
    )
    result = call(lambda client: client.evals.get_eval_runs(eval_id="string"))
    mock.expect("GET", "/evals/string/runs")
    mock.check(result, EvalRunList)


def test_create_eval_run(call, mock):
    mock.respond(
        201,
        "application/json",
        {
            "object": "eval.run",
            "id": "string",
            "eval_id": "string",
            "status": "string",
            "model": "string",
            "name": "string",
            "created_at": 1,
            "report_url": "https://example.com",
            "result_counts": {"total": 1, "errored": 1, "failed": 1, "passed": 1},
            "per_model_usage": [
                {
                    "model_name": "string",
                    "invocation_count": 1,
                    "prompt_tokens": 1,
                    "completion_tokens": 1,
                    "total_tokens": 1,
                    "cached_tokens": 1,
                }
            ],
            "per_testing_criteria_results": [
                {"testing_criteria": "string", "passed": 1, "failed": 1}
            ],
            "data_source": {
                "type": "jsonl",
                "source": {"type": "file_content", "content": [{"item": {}}]},
            },
            "metadata": {},
            "error": {"code": "string", "message": "string"},
        },
    )
    result = call(
        lambda client: client.evals.create_eval_run(
            eval_id="string",
            data_source={
                "type": "jsonl",
                "source": {"type": "file_content", "content": [{"item": {}}]},
            },
        )
    )
    mock.expect("POST", "/evals/string/runs")
    mock.check(result, EvalRun)


def test_get_eval_run(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "eval.run",
            "id": "string",
            "eval_id": "string",
            "status": "string",
            "model": "string",
            "name": "string",
            "created_at": 1,
            "report_url": "https://example.com",
            "result_counts": {"total": 1, "errored": 1, "failed": 1, "passed": 1},
            "per_model_usage": [
                {
                    "model_name": "string",
                    "invocation_count": 1,
                    "prompt_tokens": 1,
                    "completion_tokens": 1,
                    "total_tokens": 1,
                    "cached_tokens": 1,
                }
            ],
            "per_testing_criteria_results": [
                {"testing_criteria": "string", "passed": 1, "failed": 1}
            ],
            "data_source": {
                "type": "jsonl",
                "source": {"type": "file_content", "content": [{"item": {}}]},
            },
            "metadata": {},
            "error": {"code": "string", "message": "string"},
        },
    )
    result = call(
        lambda client: client.evals.get_eval_run(eval_id="string", run_id="string")
    )
    mock.expect("GET", "/evals/string/runs/string")
    mock.check(result, EvalRun)


def test_cancel_eval_run(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "eval.run",
            "id": "string",
            "eval_id": "string",
            "status": "string",
            "model": "string",
            "name": "string",
            "created_at": 1,
            "report_url": "https://example.com",
            "result_counts": {"total": 1, "errored": 1, "failed": 1, "passed": 1},
            "per_model_usage": [
                {
                    "model_name": "string",
                    "invocation_count": 1,
                    "prompt_tokens": 1,
                    "completion_tokens": 1,
                    "total_tokens": 1,
                    "cached_tokens": 1,
                }
            ],
            "per_testing_criteria_results": [
                {"testing_criteria": "string", "passed": 1, "failed": 1}
            ],
            "data_source": {
                "type": "jsonl",
                "source": {"type": "file_content", "content": [{"item": {}}]},
            },
            "metadata": {},
            "error": {"code": "string", "message": "string"},
        },
    )
    result = call(
        lambda client: client.evals.cancel_eval_run(eval_id="string", run_id="string")
    )
    mock.expect("POST", "/evals/string/runs/string")
    mock.check(result, EvalRun)


def test_delete_eval_run(call, mock):
    mock.respond(200, "application/json", {})
    result = call(
        lambda client: client.evals.delete_eval_run(eval_id="string", run_id="string")
    )
    mock.expect("DELETE", "/evals/string/runs/string")
    mock.check(result, DeleteEvalRunResponse)


def test_get_eval_run_output_items(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "object": "eval.run.output_item",
                    "id": "string",
                    "run_id": "string",
                    "eval_id": "string",
                    "created_at": 1,
                    "status": "string",
                    "datasource_item_id": 1,
                    "datasource_item": {},
                    "results": [{"name": "string", "score": 1.0, "passed": True}],
                    "sample": {
                        "input": [{"role": "string", "content": "string"}],
                        "output": [{}],
                        "finish_reason": "string",
                        "model": "string",
                        "usage": {
                            "total_tokens": 1,
                            "completion_tokens": 1,
                            "prompt_tokens": 1,
                            "cached_tokens": 1,
                        },
                        "error": {"code": "string", "message": "string"},
                        "temperature": 1.0,
                        "max_completion_tokens": 1,
                        "top_p": 1.0,
                        "seed": 1,
                    },
                }
            ],
            "first_id": "string",
            "last_id": "string",
            "has_more": True,
        },
    )
    result = call(
        lambda client: client.evals.get_eval_run_output_items(
            eval_id="string", run_id="string"
        )
    )
    mock.expect("GET", "/evals/string/runs/string/output_items")
    mock.check(result, EvalRunOutputItemList)


def test_get_eval_run_output_item(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "eval.run.output_item",
            "id": "string",
            "run_id": "string",
            "eval_id": "string",
            "created_at": 1,
            "status": "string",
            "datasource_item_id": 1,
            "datasource_item": {},
            "results": [{"name": "string", "score": 1.0, "passed": True}],
            "sample": {
                "input": [{"role": "string", "content": "string"}],
                "output": [{}],
                "finish_reason": "string",
                "model": "string",
                "usage": {
                    "total_tokens": 1,
                    "completion_tokens": 1,
                    "prompt_tokens": 1,
                    "cached_tokens": 1,
                },
                "error": {"code": "string", "message": "string"},
                "temperature": 1.0,
                "max_completion_tokens": 1,
                "top_p": 1.0,
                "seed": 1,
            },
        },
    )
    result = call(
        lambda client: client.evals.get_eval_run_output_item(
            eval_id="string", run_id="string", output_item_id="string"
        )
    )
    mock.expect("GET", "/evals/string/runs/string/output_items/string")
    mock.check(result, EvalRunOutputItem)

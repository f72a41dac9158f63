"""Tests of the Fine-tuning operations, generated from the API description.

Each test calls one operation with a sync and with an async client, then checks the
request it sent and that the result has the declared type. See the README to run
them.
"""

from openai_client.models.delete_fine_tuning_checkpoint_permission_response import (
    DeleteFineTuningCheckpointPermissionResponse,
)
from openai_client.models.fine_tuning_job import FineTuningJob
from openai_client.models.list_fine_tuning_checkpoint_permission_response import (
    ListFineTuningCheckpointPermissionResponse,
)
from openai_client.models.list_fine_tuning_job_checkpoints_response import (
    ListFineTuningJobCheckpointsResponse,
)
from openai_client.models.list_fine_tuning_job_events_response import (
    ListFineTuningJobEventsResponse,
)
from openai_client.models.list_paginated_fine_tuning_jobs_response import (
    ListPaginatedFineTuningJobsResponse,
)
from openai_client.models.run_grader_response import RunGraderResponse
from openai_client.models.validate_grader_response import ValidateGraderResponse


def test_run_grader(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "reward": 1.0,
            "metadata": {
                "name": "string",
                "type": "string",
                "errors": {
                    "formula_parse_error": True,
                    "sample_parse_error": True,
                    "truncated_observation_error": True,
                    "unresponsive_reward_error": True,
                    "invalid_variable_error": True,
                    "other_error": True,
                    "python_grader_server_error": True,
                    "python_grader_server_error_type": "string",
                    "python_grader_runtime_error": True,
                    "python_grader_runtime_error_details": "string",
                    "model_grader_server_error": True,
                    "model_grader_refusal_error": True,
                    "model_grader_parse_error": True,
                    "model_grader_server_error_details": "string",
                },
                "execution_time": 1.0,
                "scores": {},
                "token_usage": 1,
                "sampled_model_name": "string",
            },
            "sub_rewards": {},
            "model_grader_token_usage_per_model": {},
        },
    )
    result = call(
        lambda client: client.fine_tuning.run_grader(
            grader={
                "type": "string_check",
                "name": "string",
                "input": "string",
                "reference": "string",
                "operation": "eq",
            },
            model_sample="string",
        )
    )
    mock.expect("POST", "/fine_tuning/alpha/graders/run")
    mock.check(result, RunGraderResponse)


def test_validate_grader(call, mock):
    mock.respond(200, "application/json", {})
    result = call(
        lambda client: client.fine_tuning.validate_grader(
            grader={
                "type": "string_check",
                "name": "string",
                "input": "string",
                "reference": "string",
                "operation": "eq",
            }
        )
    )
    mock.expect("POST", "/fine_tuning/alpha/graders/validate")
    mock.check(result, ValidateGraderResponse)


def test_list_fine_tuning_checkpoint_permissions(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "created_at": 1,
                    "id": "string",
                    "object": "checkpoint.permission",
                    "project_id": "string",
                }
            ],
            "has_more": True,
        },
    )
    result = call(
        lambda client: client.fine_tuning.list_fine_tuning_checkpoint_permissions(
            fine_tuned_model_checkpoint="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
        )
    )
    mock.expect(
        "GET", "/fine_tuning/checkpoints/ft-AF1WoRqd3aJAHsqc9NY7iL8F/permissions"
    )
    mock.check(result, ListFineTuningCheckpointPermissionResponse)


def test_create_fine_tuning_checkpoint_permission(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "created_at": 1,
                    "id": "string",
                    "object": "checkpoint.permission",
                    "project_id": "string",
                }
            ],
            "has_more": True,
        },
    )
    result = call(
        lambda client: client.fine_tuning.create_fine_tuning_checkpoint_permission(
            fine_tuned_model_checkpoint="ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd",
            project_ids=["string"],
        )
    )
    mock.expect(
        "POST",
        "/fine_tuning/checkpoints/ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd/permissions",
    )
    mock.check(result, ListFineTuningCheckpointPermissionResponse)


def test_delete_fine_tuning_checkpoint_permission(call, mock):
    mock.respond(
        200,
        "application/json",
        {"id": "string", "object": "checkpoint.permission", "deleted": True},
    )
    result = call(
        lambda client: client.fine_tuning.delete_fine_tuning_checkpoint_permission(
            fine_tuned_model_checkpoint="ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd",
            permission_id="cp_zc4Q7MP6XxulcVzj4MZdwsAB",
        )
    )
    mock.expect(
        "DELETE",
        "/fine_tuning/checkpoints/ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd/permissions/cp_zc4Q7MP6XxulcVzj4MZdwsAB",
    )
    mock.check(result, DeleteFineTuningCheckpointPermissionResponse)


def test_create_fine_tuning_job(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "created_at": 1,
            "error": {"code": "string", "message": "string", "param": "string"},
            "finished_at": 1,
            "fine_tuned_model": "string",
            "hyperparameters": {},
            "id": "string",
            "model": "string",
            "object": "fine_tuning.job",
            "organization_id": "string",
            "result_files": ["string"],
            "status": "validating_files",
            "trained_tokens": 1,
            "training_file": "string",
            "validation_file": "string",
            "seed": 1,
        },
    )
    result = call(
        lambda client: client.fine_tuning.create_fine_tuning_job(
            model="gpt-4o-mini", training_file="file-abc123"
        )
    )
    mock.expect("POST", "/fine_tuning/jobs")
    mock.check(result, FineTuningJob)


def test_list_paginated_fine_tuning_jobs(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "created_at": 1,
                    "error": {"code": "string", "message": "string", "param": "string"},
                    "finished_at": 1,
                    "fine_tuned_model": "string",
                    "hyperparameters": {},
                    "id": "string",
                    "model": "string",
                    "object": "fine_tuning.job",
                    "organization_id": "string",
                    "result_files": ["string"],
                    "status": "validating_files",
                    "trained_tokens": 1,
                    "training_file": "string",
                    "validation_file": "string",
                    "seed": 1,
                }
            ],
            "has_more": True,
        },
    )
    result = call(lambda client: client.fine_tuning.list_paginated_fine_tuning_jobs())
    mock.expect("GET", "/fine_tuning/jobs")
    mock.check(result, ListPaginatedFineTuningJobsResponse)


def test_retrieve_fine_tuning_job(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "created_at": 1,
            "error": {"code": "string", "message": "string", "param": "string"},
            "finished_at": 1,
            "fine_tuned_model": "string",
            "hyperparameters": {},
            "id": "string",
            "model": "string",
            "object": "fine_tuning.job",
            "organization_id": "string",
            "result_files": ["string"],
            "status": "validating_files",
            "trained_tokens": 1,
            "training_file": "string",
            "validation_file": "string",
            "seed": 1,
        },
    )
    result = call(
        lambda client: client.fine_tuning.retrieve_fine_tuning_job(
            fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
        )
    )
    mock.expect("GET", "/fine_tuning/jobs/ft-AF1WoRqd3aJAHsqc9NY7iL8F")
    mock.check(result, FineTuningJob)


def test_cancel_fine_tuning_job(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "created_at": 1,
            "error": {"code": "string", "message": "string", "param": "string"},
            "finished_at": 1,
            "fine_tuned_model": "string",
            "hyperparameters": {},
            "id": "string",
            "model": "string",
            "object": "fine_tuning.job",
            "organization_id": "string",
            "result_files": ["string"],
            "status": "validating_files",
            "trained_tokens": 1,
            "training_file": "string",
            "validation_file": "string",
            "seed": 1,
        },
    )
    result = call(
        lambda client: client.fine_tuning.cancel_fine_tuning_job(
            fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
        )
    )
    mock.expect("POST", "/fine_tuning/jobs/ft-AF1WoRqd3aJAHsqc9NY7iL8F/cancel")
    mock.check(result, FineTuningJob)


def test_list_fine_tuning_job_checkpoints(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "created_at": 1,
                    "fine_tuning_job_id": "string",
                    "fine_tuned_model_checkpoint": "string",
                    "id": "string",
                    "metrics": {},
                    "object": "fine_tuning.job.checkpoint",
                    "step_number": 1,
                }
            ],
            "has_more": True,
        },
    )
    result = call(
        lambda client: client.fine_tuning.list_fine_tuning_job_checkpoints(
            fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
        )
    )
    mock.expect("GET", "/fine_tuning/jobs/ft-AF1WoRqd3aJAHsqc9NY7iL8F/checkpoints")
    mock.check(result, ListFineTuningJobCheckpointsResponse)


def test_list_fine_tuning_events(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "object": "list",
            "data": [
                {
                    "id": "string",
                    "object": "fine_tuning.job.event",
                    "created_at": 1,
                    "level": "info",
                    "message": "string",
                }
            ],
            "has_more": True,
        },
    )
    result = call(
        lambda client: client.fine_tuning.list_fine_tuning_events(
            fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
        )
    )
    mock.expect("GET", "/fine_tuning/jobs/ft-AF1WoRqd3aJAHsqc9NY7iL8F/events")
    mock.check(result, ListFineTuningJobEventsResponse)


def test_pause_fine_tuning_job(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "created_at": 1,
            "error": {"code": "string", "message": "string", "param": "string"},
            "finished_at": 1,
            "fine_tuned_model": "string",
            "hyperparameters": {},
            "id": "string",
            "model": "string",
            "object": "fine_tuning.job",
            "organization_id": "string",
            "result_files": ["string"],
            "status": "validating_files",
            "trained_tokens": 1,
            "training_file": "string",
            "validation_file": "string",
            "seed": 1,
        },
    )
    result = call(
        lambda client: client.fine_tuning.pause_fine_tuning_job(
            fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
        )
    )
    mock.expect("POST", "/fine_tuning/jobs/ft-AF1WoRqd3aJAHsqc9NY7iL8F/pause")
    mock.check(result, FineTuningJob)


def test_resume_fine_tuning_job(call, mock):
    mock.respond(
        200,
        "application/json",
        {
            "created_at": 1,
            "error": {"code": "string", "message": "string", "param": "string"},
            "finished_at": 1,
            "fine_tuned_model": "string",
            "hyperparameters": {},
            "id": "string",
            "model": "string",
            "object": "fine_tuning.job",
            "organization_id": "string",
            "result_files": ["string"],
            "status": "validating_files",
            "trained_tokens": 1,
            "training_file": "string",
            "validation_file": "string",
            "seed": 1,
        },
    )
    result = call(
        lambda client: client.fine_tuning.resume_fine_tuning_job(
            fine_tuning_job_id="ft-AF1WoRqd3aJAHsqc9NY7iL8F"
        )
    )
    mock.expect("POST", "/fine_tuning/jobs/ft-AF1WoRqd3aJAHsqc9NY7iL8F/resume")
    mock.check(result, FineTuningJob)

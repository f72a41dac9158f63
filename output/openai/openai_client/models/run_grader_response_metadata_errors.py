from .._base_model import BaseModel

__all__ = ["RunGraderResponseMetadataErrors"]


class RunGraderResponseMetadataErrors(BaseModel):
    formula_parse_error: bool

    sample_parse_error: bool

    truncated_observation_error: bool

    unresponsive_reward_error: bool

    invalid_variable_error: bool

    other_error: bool

    python_grader_server_error: bool

    python_grader_server_error_type: str | None

    python_grader_runtime_error: bool

    python_grader_runtime_error_details: str | None

    model_grader_server_error: bool

    model_grader_refusal_error: bool

    model_grader_parse_error: bool

    model_grader_server_error_details: str | None

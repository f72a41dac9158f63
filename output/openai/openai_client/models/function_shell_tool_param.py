"""FunctionShellToolParam: A tool that allows the model to execute shell commands."""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .callable_tool_allowed_caller import CallableToolAllowedCaller
from .container_auto_param import ContainerAutoParam
from .container_reference_param import ContainerReferenceParam
from .local_environment_param import LocalEnvironmentParam

__all__ = ["FunctionShellToolParam"]


class FunctionShellToolParam(BaseModel):
    """A tool that allows the model to execute shell commands."""

    type: Literal["shell"]
    """The type of the shell tool. Always `shell`."""

    environment: (
        Annotated[
            Annotated[ContainerAutoParam, pydantic.Tag("ContainerAutoParam")]
            | Annotated[LocalEnvironmentParam, pydantic.Tag("LocalEnvironmentParam")]
            | Annotated[
                ContainerReferenceParam, pydantic.Tag("ContainerReferenceParam")
            ]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "container_auto": "ContainerAutoParam",
                    "local": "LocalEnvironmentParam",
                    "container_reference": "ContainerReferenceParam",
                },
            ),
        ]
        | None
    ) = None

    allowed_callers: list[CallableToolAllowedCaller] | None = None

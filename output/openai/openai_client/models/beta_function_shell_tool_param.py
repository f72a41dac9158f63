"""BetaFunctionShellToolParam: A tool that allows the model to execute shell commands."""

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate
from .beta_callable_tool_allowed_caller import BetaCallableToolAllowedCaller
from .beta_container_auto_param import BetaContainerAutoParam
from .beta_container_reference_param import BetaContainerReferenceParam
from .beta_local_environment_param import BetaLocalEnvironmentParam

__all__ = ["BetaFunctionShellToolParam"]


class BetaFunctionShellToolParam(BaseModel):
    """A tool that allows the model to execute shell commands."""

    type: Literal["shell"]
    """The type of the shell tool. Always `shell`."""

    environment: (
        Annotated[
            Annotated[BetaContainerAutoParam, pydantic.Tag("BetaContainerAutoParam")]
            | Annotated[
                BetaLocalEnvironmentParam, pydantic.Tag("BetaLocalEnvironmentParam")
            ]
            | Annotated[
                BetaContainerReferenceParam, pydantic.Tag("BetaContainerReferenceParam")
            ]
            | Annotated[dict[str, Any], pydantic.Tag("")],
            discriminate(
                "type",
                "type",
                {
                    "container_auto": "BetaContainerAutoParam",
                    "local": "BetaLocalEnvironmentParam",
                    "container_reference": "BetaContainerReferenceParam",
                },
            ),
        ]
        | None
    ) = None

    allowed_callers: list[BetaCallableToolAllowedCaller] | None = None

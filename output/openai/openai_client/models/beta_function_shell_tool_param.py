"""BetaFunctionShellToolParam: A tool that allows the model to execute shell commands."""

from __future__ import annotations

from typing import Annotated, Any, Literal

import pydantic

from .._base_model import BaseModel, discriminate

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


# Imported last so that models referring to each other can load in any order.
from .beta_callable_tool_allowed_caller import (  # noqa: E402
    BetaCallableToolAllowedCaller,
)
from .beta_container_auto_param import BetaContainerAutoParam  # noqa: E402
from .beta_container_reference_param import BetaContainerReferenceParam  # noqa: E402
from .beta_local_environment_param import BetaLocalEnvironmentParam  # noqa: E402

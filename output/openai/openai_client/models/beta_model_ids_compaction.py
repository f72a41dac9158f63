"""BetaModelIdsCompaction: Model ID used to generate the response, like `gpt-5` or `o3`.
OpenAI offers a wide range of models with different capabilities, performance
characteristics, and price points. Refer to the [model
guide](https://api.openai.com/docs/models) to browse and compare available models.
"""

from typing import TypeAlias

from .beta_model_ids_responses import BetaModelIdsResponses

__all__ = ["BetaModelIdsCompaction"]

BetaModelIdsCompaction: TypeAlias = BetaModelIdsResponses | str | None
"""Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide
range of models with different capabilities, performance characteristics, and price
points. Refer to the [model guide](https://api.openai.com/docs/models) to browse and
compare available models.
"""

"""ModelIdsCompaction: Model ID used to generate the response, like `gpt-5` or `o3`.
OpenAI offers a wide range of models with different capabilities, performance
characteristics, and price points. Refer to the [model
guide](https://api.openai.com/docs/models) to browse and compare available models.
"""

from typing import TypeAlias

from .model_ids_responses import ModelIdsResponses

__all__ = ["ModelIdsCompaction"]

ModelIdsCompaction: TypeAlias = ModelIdsResponses | str | None
"""Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide
range of models with different capabilities, performance characteristics, and price
points. Refer to the [model guide](https://api.openai.com/docs/models) to browse and
compare available models.
"""

from .._base_model import BaseModel
from .input_item import InputItem
from .model_ids_compaction import ModelIdsCompaction
from .prompt_cache_options_param import PromptCacheOptionsParam
from .prompt_cache_retention_enum import PromptCacheRetentionEnum
from .service_tier_enum import ServiceTierEnum

__all__ = ["CompactResponseMethodPublicBody"]


class CompactResponseMethodPublicBody(BaseModel):
    model: ModelIdsCompaction
    """Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a
    wide range of models with different capabilities, performance characteristics,
    and price points. Refer to the [model guide](https://api.openai.com/docs/models)
    to browse and compare available models.
    """

    input: str | list[InputItem] | None = None

    previous_response_id: str | None = None

    instructions: str | None = None

    prompt_cache_key: str | None = None

    prompt_cache_retention: PromptCacheRetentionEnum | None = None

    prompt_cache_options: PromptCacheOptionsParam | None = None

    service_tier: ServiceTierEnum | None = None

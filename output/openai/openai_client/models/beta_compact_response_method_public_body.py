from .._base_model import BaseModel
from .beta_input_item import BetaInputItem
from .beta_model_ids_compaction import BetaModelIdsCompaction
from .beta_prompt_cache_options_param import BetaPromptCacheOptionsParam
from .beta_prompt_cache_retention_enum import BetaPromptCacheRetentionEnum
from .beta_service_tier_enum import BetaServiceTierEnum

__all__ = ["BetaCompactResponseMethodPublicBody"]


class BetaCompactResponseMethodPublicBody(BaseModel):
    model: BetaModelIdsCompaction
    """Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a
    wide range of models with different capabilities, performance characteristics,
    and price points. Refer to the [model guide](https://api.openai.com/docs/models)
    to browse and compare available models.
    """

    input: str | list[BetaInputItem] | None = None

    previous_response_id: str | None = None

    instructions: str | None = None

    prompt_cache_key: str | None = None

    prompt_cache_retention: BetaPromptCacheRetentionEnum | None = None

    prompt_cache_options: BetaPromptCacheOptionsParam | None = None

    service_tier: BetaServiceTierEnum | None = None

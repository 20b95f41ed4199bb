"""Settings in one place: environment variables and `.env`, never printed with secrets."""

from __future__ import annotations

from typing import Literal
from urllib.parse import urlsplit, urlunsplit

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from followup.engine_names import API_KEY_NAMES, BASE_URL_NAMES, ENGINE_NAMES, ENV_FILE

StructuredMethod = Literal["json_schema", "function_calling", "json_mode"]


class Settings(BaseSettings):
    """How followup reaches a model; the offline engine needs none of it."""

    # Standard names (OPENAI_API_KEY, OPENAI_BASE_URL) so an existing setup just works;
    # our own knobs carry the FOLLOWUP_ prefix so they cannot clash with other tools.
    model_config = SettingsConfigDict(
        env_file=ENV_FILE,
        env_file_encoding="utf-8",
        extra="ignore",
        populate_by_name=True,
    )

    engine: Literal["auto", "offline", "llm"] = Field(default="auto", validation_alias=AliasChoices(*ENGINE_NAMES))
    openai_api_key: SecretStr | None = Field(default=None, validation_alias=AliasChoices(*API_KEY_NAMES))
    openai_base_url: str | None = Field(default=None, validation_alias=AliasChoices(*BASE_URL_NAMES))
    model: str = Field(default="gpt-4o-mini", validation_alias=AliasChoices("FOLLOWUP_MODEL", "model"))
    timeout: float = Field(
        default=30.0,
        gt=0,
        validation_alias=AliasChoices("FOLLOWUP_TIMEOUT", "timeout"),
        description="Seconds the whole LLM run may take before the offline draft is shown.",
    )
    max_retries: int = Field(default=2, ge=0, validation_alias=AliasChoices("FOLLOWUP_MAX_RETRIES", "max_retries"))
    repair_rounds: int = Field(
        default=2, ge=0, validation_alias=AliasChoices("FOLLOWUP_REPAIR_ROUNDS", "repair_rounds")
    )
    structured_output: StructuredMethod = Field(
        default="json_schema",
        validation_alias=AliasChoices("FOLLOWUP_STRUCTURED_OUTPUT", "structured_output"),
    )
    temperature: float | None = Field(
        default=0.4,
        ge=0,
        le=2,
        validation_alias=AliasChoices("FOLLOWUP_TEMPERATURE", "temperature"),
    )

    def resolved_engine(self) -> Literal["offline", "llm"]:
        """`auto` uses the model only when someone configured one (a key or an endpoint)."""
        if self.engine != "auto":
            return self.engine
        has_key = self.openai_api_key is not None and bool(self.openai_api_key.get_secret_value())
        return "llm" if has_key or bool(self.openai_base_url) else "offline"

    def endpoint_label(self) -> str:
        """Where requests go, for notices and `followup check`: never the key, even when
        someone put one in the URL (`https://user:key@host/v1`, `...?api-key=...`)."""
        url = self.openai_base_url or "https://api.openai.com/v1"
        try:
            parts = urlsplit(url)
        except ValueError:
            return "the configured endpoint"
        host = parts.netloc.rpartition("@")[2]
        return urlunsplit((parts.scheme, host, parts.path, "", "")) if parts.scheme else url

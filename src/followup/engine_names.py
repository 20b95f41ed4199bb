"""The settings that can point followup at a model, and a look for them that loads nothing.

`Settings` (pydantic-settings) reads these names; loading that library takes a noticeable part
of a short `followup draft` (it brings asyncio with it), so the `auto` engine first looks whether
any of them is set at all. When none is, and there is no `.env` file, the answer is the offline
engine without loading it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

# Each setting's names, standard first; pydantic-settings matches them in any case.
ENGINE_NAMES = ("FOLLOWUP_ENGINE", "engine")
API_KEY_NAMES = ("OPENAI_API_KEY", "openai_api_key")
BASE_URL_NAMES = ("OPENAI_BASE_URL", "openai_base_url")
ENV_FILE = ".env"


def may_choose_a_model(environ: Mapping[str, str] | None = None, env_file: Path | None = None) -> bool:
    """False only when nothing could make `auto` mean the LLM engine: no engine, key or endpoint
    in the environment and no `.env` file to read one from."""
    environ = os.environ if environ is None else environ
    names = {name.lower() for name in (*ENGINE_NAMES, *API_KEY_NAMES, *BASE_URL_NAMES)}
    if any(key.lower() in names for key in environ):
        return True
    return (env_file or Path(ENV_FILE)).exists()

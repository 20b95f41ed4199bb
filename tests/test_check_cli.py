"""`followup check` against the local stub: exit codes and plain lines.

Two tests run the real command in a subprocess; the rest call the same `main()` in
process (with the environment set the same way), which saves a LangChain import each.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from followup.cli import main
from llm_stub import Reply, StubServer, http_error

KEY = "sk-test-check-not-a-real-key"


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def check(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Callable[..., Ran]:
    def run(*args: str, env: dict[str, str], cwd: Path) -> Ran:
        for name in list(os.environ):
            if name.startswith(("OPENAI_", "FOLLOWUP_")) or name.lower() in PROXIES:
                monkeypatch.delenv(name)
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        monkeypatch.chdir(cwd)  # so a developer's own .env is never read
        capsys.readouterr()
        code = main(["check", *args])
        out, err = capsys.readouterr()
        return Ran(code, out, err)

    return run


PROXIES = ("http_proxy", "https_proxy", "all_proxy")


def check_process(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "FOLLOWUP_"))}
    full = {k: v for k, v in full.items() if k.lower() not in PROXIES}
    full.update(env)
    return subprocess.run(
        [sys.executable, "-m", "followup.cli", "check", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=full,
        cwd=cwd,  # so a developer's own .env is never read
        check=False,
    )


def stub_env(stub: StubServer, **extra: str) -> dict[str, str]:
    return {"OPENAI_BASE_URL": stub.base_url, "OPENAI_API_KEY": KEY, "FOLLOWUP_MODEL": "stub-model", **extra}


def structured_reply(body: dict[str, Any]) -> Reply:
    """A well-behaved server: answers every method in the structure it was asked for."""
    if "tools" in body:
        return Reply(tool_args={"ok": True})
    return Reply(content='{"ok": true}')


def no_key_printed(result: Ran | subprocess.CompletedProcess[str]) -> bool:
    return KEY not in result.stdout and KEY not in result.stderr and "Traceback" not in result.stderr


def test_a_working_endpoint_exits_0(stub: StubServer, tmp_path: Path) -> None:
    stub.responder = structured_reply
    result = check_process(env=stub_env(stub), cwd=tmp_path)

    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"endpoint: {stub.base_url} answers (its model list has 1 model(s))"
    assert "model: stub-model is available" in lines
    assert "structured output: json_schema works" in lines
    assert lines[-1].startswith("ready:")
    assert no_key_printed(result)
    [probe] = stub.chat_requests()
    assert probe["model"] == "stub-model"
    assert probe["response_format"]["type"] == "json_schema"
    assert any(p.endswith("/models") for p in stub.paths)


def test_json_schema_rejected_but_function_calling_works(
    stub: StubServer, tmp_path: Path, check: Callable[..., Ran]
) -> None:
    def picky(body: dict[str, Any]) -> Reply:
        if body.get("response_format", {}).get("type") == "json_schema":
            return http_error(400, error="response_format json_schema is not supported")
        return structured_reply(body)

    stub.responder = picky
    result = check(env=stub_env(stub), cwd=tmp_path)

    assert result.returncode == 1
    assert "structured output: json_schema was rejected (HTTP 400); function_calling works" in result.stdout
    assert result.stdout.splitlines()[-1] == "fix: set FOLLOWUP_STRUCTURED_OUTPUT=function_calling"
    assert no_key_printed(result)


def test_the_suggestion_then_passes(stub: StubServer, tmp_path: Path, check: Callable[..., Ran]) -> None:
    stub.responder = structured_reply
    result = check(env=stub_env(stub, FOLLOWUP_STRUCTURED_OUTPUT="function_calling"), cwd=tmp_path)

    assert result.returncode == 0, result.stdout
    assert "structured output: function_calling works" in result.stdout
    assert stub.chat_requests()[0]["tools"][0]["function"]["name"] == "EndpointCheck"


def test_an_answer_outside_the_structure_counts_as_unsupported(
    stub: StubServer, tmp_path: Path, check: Callable[..., Ran]
) -> None:
    stub.responder = lambda body: Reply(content="Sure! ok is true.")
    result = check(env=stub_env(stub), cwd=tmp_path)

    assert result.returncode == 1
    assert "json_schema answered, but not in the requested structure" in result.stdout
    assert "neither of the other methods works either" in result.stdout


def test_a_refused_connection_exits_2_with_one_line(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))  # bound, never listening
        url = f"http://127.0.0.1:{probe.getsockname()[1]}/v1"
        result = check_process(env={"OPENAI_BASE_URL": url, "OPENAI_API_KEY": KEY}, cwd=tmp_path)

    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [f"followup: The model endpoint at {url} refused the connection."]
    assert no_key_printed(result)


def test_nothing_configured_exits_2(tmp_path: Path, check: Callable[..., Ran]) -> None:
    result = check(env={}, cwd=tmp_path)

    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert "OPENAI_BASE_URL" in line and "OPENAI_API_KEY" in line


def test_a_rejected_key_exits_1_and_never_prints_it(
    stub: StubServer, tmp_path: Path, check: Callable[..., Ran]
) -> None:
    stub.models_reply = http_error(401, error=f"Incorrect API key provided: {KEY}")
    stub.responder = lambda body: http_error(401, error=f"Incorrect API key provided: {KEY}")
    result = check(env=stub_env(stub), cwd=tmp_path)

    assert result.returncode == 1
    assert "rejected the API key (HTTP 401); check OPENAI_API_KEY" in result.stdout
    assert no_key_printed(result)


def test_a_missing_model_exits_1_and_lists_the_others(
    stub: StubServer, tmp_path: Path, check: Callable[..., Ran]
) -> None:
    stub.models = ["llama3.2:latest", "qwen2.5:7b"]
    stub.responder = lambda body: http_error(404, error="model not found")
    result = check("--model", "gpt-9", env=stub_env(stub), cwd=tmp_path)

    assert result.returncode == 1
    assert "model: gpt-9 is not offered by" in result.stdout
    assert "available: llama3.2:latest, qwen2.5:7b" in result.stdout
    assert "FOLLOWUP_MODEL" in result.stdout.splitlines()[-1]


def test_json_output(stub: StubServer, tmp_path: Path, check: Callable[..., Ran]) -> None:
    stub.responder = structured_reply
    result = check("--json", env=stub_env(stub), cwd=tmp_path)

    data = json.loads(result.stdout)
    assert result.returncode == 0 and data["ok"] is True
    assert data["endpoint"] == stub.base_url and data["model"] == "stub-model"
    assert data["methods"] == {"json_schema": "ok"}
    assert data["models"] == ["stub-model"]
    assert KEY not in result.stdout


@pytest.mark.parametrize(
    "secret_url", ["http://user:{key}@127.0.0.1:{port}/v1", "http://127.0.0.1:{port}/v1?key={key}"]
)
def test_a_key_inside_the_url_is_never_printed(
    stub: StubServer, tmp_path: Path, check: Callable[..., Ran], secret_url: str
) -> None:
    stub.responder = structured_reply
    url = secret_url.format(key=KEY, port=stub.port)
    result = check(env={"OPENAI_BASE_URL": url, "FOLLOWUP_MODEL": "stub-model"}, cwd=tmp_path)

    assert KEY not in result.stdout and KEY not in result.stderr
    assert f"http://127.0.0.1:{stub.port}/v1" in result.stdout + result.stderr

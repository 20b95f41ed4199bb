"""A local OpenAI-compatible server for tests and benchmarks.

It speaks just enough of the chat-completions API (plain, tool calls, SSE
streaming with a final usage chunk, GET /v1/models) for the real `openai` and
`langchain-openai` clients to talk to it over a real socket on 127.0.0.1.
Tests enqueue scripted replies; when the queue is empty a `responder`
function (if any) answers from the request. Every request body is recorded.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    """One scripted answer. Set at most one of content / tool_args / raw_body."""

    content: str | None = None
    tool_args: str | dict[str, Any] | None = None  # function_calling: the tool's arguments
    refusal: str | None = None
    finish_reason: str = "stop"
    status: int = 200
    error: str = "scripted error"
    hang: float = 0.0  # seconds to wait before answering (or forever, if longer than the test)
    raw_body: str | None = None  # sent verbatim as the 200 body (for malformed responses)
    prompt_tokens: int = 120
    completion_tokens: int = 80
    headers: dict[str, str] = field(default_factory=dict)


Responder = Callable[[dict[str, Any]], Reply]


def http_error(status: int, **kwargs: Any) -> Reply:
    return Reply(status=status, **kwargs)


class StubServer:
    def __init__(self, latency: float = 0.0) -> None:
        self.latency = latency
        self.replies: deque[Reply] = deque()
        self.responder: Responder | None = None
        self.models: list[str] = ["stub-model"]  # what GET /v1/models lists
        self.models_reply: Reply | None = None  # an error status for GET /v1/models instead
        self.requests: list[dict[str, Any]] = []
        self.paths: list[str] = []
        self._lock = threading.Lock()
        self.in_flight = 0  # chat requests being answered right now
        self.most_in_flight = 0  # the most answered at once: >1 means the client sent them concurrently
        self._stopping = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True)

    # -- lifecycle
    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> StubServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # wakes any handler that is "hanging"
        self._httpd.shutdown()
        self._httpd.server_close()

    # -- scripting
    def enqueue(self, *replies: Reply | str) -> None:
        with self._lock:
            for reply in replies:
                self.replies.append(Reply(content=reply) if isinstance(reply, str) else reply)

    def next_reply(self, body: dict[str, Any]) -> Reply:
        with self._lock:
            self.requests.append(body)
            if self.replies:
                return self.replies.popleft()
        if self.responder is not None:
            return self.responder(body)
        return Reply(status=500, error="stub has no scripted reply left")

    def chat_requests(self) -> list[dict[str, Any]]:
        return [r for r in self.requests if "messages" in r]

    def sleep(self, seconds: float) -> bool:
        """Sleeps unless the server stops; True if it was stopped."""
        return self._stopping.wait(seconds)


def _completion(body: dict[str, Any], reply: Reply) -> dict[str, Any]:
    message: dict[str, Any] = {
        "role": "assistant",
        "content": reply.content,
        "refusal": reply.refusal,
    }
    if reply.tool_args is not None:
        args = reply.tool_args if isinstance(reply.tool_args, str) else json.dumps(reply.tool_args)
        name = body.get("tools", [{}])[0].get("function", {}).get("name", "tool")
        message["tool_calls"] = [{"id": "call_1", "type": "function", "function": {"name": name, "arguments": args}}]
        message["content"] = None
    return {
        "id": "chatcmpl-stub",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", "stub"),
        "choices": [{"index": 0, "message": message, "finish_reason": reply.finish_reason, "logprobs": None}],
        "usage": _usage(reply),
    }


def _usage(reply: Reply) -> dict[str, int]:
    return {
        "prompt_tokens": reply.prompt_tokens,
        "completion_tokens": reply.completion_tokens,
        "total_tokens": reply.prompt_tokens + reply.completion_tokens,
    }


def _chunk(body: dict[str, Any], delta: dict[str, Any], finish: str | None) -> dict[str, Any]:
    return {
        "id": "chatcmpl-stub",
        "object": "chat.completion.chunk",
        "created": 0,
        "model": body.get("model", "stub"),
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }


def _stream_events(body: dict[str, Any], reply: Reply) -> list[dict[str, Any]]:
    text = reply.content or ""
    pieces = [text[i : i + 24] for i in range(0, len(text), 24)]
    events = [_chunk(body, {"role": "assistant", "content": ""}, None)]
    events += [_chunk(body, {"content": piece}, None) for piece in pieces]
    if reply.refusal:
        events.append(_chunk(body, {"refusal": reply.refusal}, None))
    events.append(_chunk(body, {}, reply.finish_reason))
    if body.get("stream_options", {}).get("include_usage"):
        events.append(
            {
                "id": "chatcmpl-stub",
                "object": "chat.completion.chunk",
                "created": 0,
                "model": body.get("model", "stub"),
                "choices": [],
                "usage": _usage(reply),
            }
        )
    return events


def _handler_for(stub: StubServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # else delayed ACKs add ~40 ms per call to benchmarks

        def log_message(self, format: str, *args: Any) -> None:  # quiet test output
            pass

        def do_GET(self) -> None:
            stub.paths.append(self.path)
            if not self.path.rstrip("/").endswith("/models"):
                self._json(404, {"error": {"message": "not found"}})
            elif stub.models_reply is not None:
                self._answer({}, stub.models_reply)
            else:
                models = [{"id": m, "object": "model", "created": 0, "owned_by": "stub"} for m in stub.models]
                self._json(200, {"object": "list", "data": models})

        def do_POST(self) -> None:
            stub.paths.append(self.path)
            length = int(self.headers.get("Content-Length", 0))
            raw = self.rfile.read(length)
            try:
                body = json.loads(raw or b"{}")
            except json.JSONDecodeError:
                self._json(400, {"error": {"message": "bad json"}})
                return
            reply = stub.next_reply(body)
            with stub._lock:
                stub.in_flight += 1
                stub.most_in_flight = max(stub.most_in_flight, stub.in_flight)
            try:
                if stub.sleep(stub.latency + reply.hang):
                    return
                self._answer(body, reply)
            finally:
                with stub._lock:
                    stub.in_flight -= 1

        def _answer(self, body: dict[str, Any], reply: Reply) -> None:
            if reply.status != 200:
                headers = {"retry-after-ms": "10", **reply.headers}
                self._json(
                    reply.status,
                    {"error": {"message": reply.error, "type": "stub", "code": str(reply.status)}},
                    headers,
                )
            elif reply.raw_body is not None:
                self._send(200, reply.raw_body.encode(), "application/json")
            elif body.get("stream"):
                self._sse(body, reply)
            else:
                self._json(200, _completion(body, reply))

        def _json(
            self,
            status: int,
            payload: object,
            headers: dict[str, str] | None = None,
        ) -> None:
            self._send(status, json.dumps(payload).encode(), "application/json", headers)

        def _send(self, status: int, data: bytes, kind: str, headers: dict[str, str] | None = None) -> None:
            try:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout test); nothing to do

        def _sse(self, body: dict[str, Any], reply: Reply) -> None:
            data = "".join(f"data: {json.dumps(e)}\n\n" for e in _stream_events(body, reply))
            self._send(200, (data + "data: [DONE]\n\n").encode(), "text/event-stream")

    return Handler

"""A real HTTP server on 127.0.0.1 speaking the OpenAI chat/completions protocol, with scripted failures."""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FakeOpenAIServer:
    """`failures` is a queue of behaviours used one per request before answering normally:
    "429", "429-wait" (Retry-After: 1), "500", "400", "401", "404", "reject-extensions" (a 400 naming
    top_k, as a hosted API answers unknown parameters), "malformed", "truncated" (the body stops short of
    its Content-Length and the connection closes), "timeout", "drop".

    GET /v1/models lists `models` (change it to restart the server with another model); like vLLM and
    llama.cpp it stamps every entry with the current time as `created`. Unknown paths answer 404;
    with `api_key` set, a request without that bearer key answers 401. GETs land in `model_requests`."""

    def __init__(self, failures=(), delay_for_timeout: float = 2.0, models=None, api_key: str | None = None):
        self.failures = deque(failures)
        self.requests: list[dict] = []
        self.model_requests: list[dict] = []
        self.models = models if models is not None else [
            {"id": "served-model", "object": "model", "owned_by": "fake", "meta": {"n_params": 1000, "size": 4000}}]
        self.api_key = api_key
        self.lock = threading.Lock()
        self.delay_for_timeout = delay_for_timeout
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _refused(self) -> bool:
                if server.api_key is not None and self.headers.get("Authorization") != f"Bearer {server.api_key}":
                    self._send(401, {"error": {"message": "Invalid API key"}})
                    return True
                return False

            def do_GET(self):
                with server.lock:
                    server.model_requests.append({"path": self.path, "headers": dict(self.headers)})
                if self._refused():
                    return
                if self.path != "/v1/models":
                    self._send(404, {"detail": "Not Found"})
                    return
                self._send(200, {"object": "list", "data": [{**m, "created": time.time()} for m in server.models]})

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                if self._refused():
                    return
                if self.path not in ("/v1/chat/completions", "/v1/completions"):
                    self._send(404, {"detail": "Not Found"})
                    return
                with server.lock:
                    server.requests.append({"path": self.path, "body": body})
                    behaviour = server.failures.popleft() if server.failures else "ok"
                if behaviour == "drop":
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return
                if behaviour == "timeout":
                    time.sleep(server.delay_for_timeout)
                if behaviour == "reject-extensions":
                    self._send(400, {"error": {"message": "Unrecognized request argument supplied: top_k"}})
                    return
                if behaviour in ("429", "429-wait", "500", "400", "401", "404"):
                    retry_after = {"429": {"Retry-After": "0"}, "429-wait": {"Retry-After": "1"}}.get(behaviour, {})
                    self._send(int(behaviour[:3]), {"error": {"message": behaviour}}, retry_after)
                    return
                if behaviour == "truncated":
                    data = json.dumps(self._answer(body)).encode()
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data[: len(data) // 2])
                    self.wfile.flush()
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return
                if behaviour == "malformed":
                    self._send(200, None, raw=b'{"choices": [{"message": ')
                    return
                self._send(200, self._answer(body))

            def _answer(self, body):
                if self.path.endswith("/chat/completions"):
                    last = body["messages"][-1]["content"]
                    choice = {"message": {"role": "assistant", "content": f"echo: {last}"}, "finish_reason": "stop"}
                else:
                    choice = {"text": f" echo: {body['prompt'][-20:]}", "finish_reason": "length"}
                return {"choices": [choice], "usage": {"completion_tokens": 3}, "model": f"/models/{body['model']}.gguf",
                        "system_fingerprint": "fp-fake"}

            def _send(self, status, payload, headers=None, raw=None):
                data = raw if raw is not None else json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(data)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()

"""The `hf` backend against llama.cpp's OpenAI-compatible server, same prompts, same greedy settings, one run.

The server (PyPI `llama-cpp-python[server]`, built from source by pip) serves the default model's GGUF
and is reached through tunesafe's `openai` backend in `chat` mode: the server renders the messages with
the chat template the GGUF carries (the model's own, as the `hf` backend's `chat` template does). Rows:

- `hf`, batch 1: one prompt at a time; `hf`, batched: all prompts in one call (the pipeline's way);
- server, one request at a time (concurrency 1), and 4 requests in flight (the server queues them).

tokens/s = new tokens / wall time of the whole call (prefill included, as a user waits for it); per
request = each answer's new tokens / its own time, for batch-1 rows. Agreement: answers identical to the
`hf` batch-1 answer, and answers whose first 8 words agree (float rounding of a different kernel or a
quantized file changes a greedy path sooner or later). The server starts before the `hf` rows run and
is stopped at the end; both use all cores, one at a time.

Making the GGUF (from the default model's directory under $TUNESAFE_HOME/models; the converter ships in
the llama-cpp-python sdist):
  pip download --no-deps --no-binary :all: llama-cpp-python && tar xzf llama_cpp_python-*.tar.gz
  PYTHONPATH=llama_cpp_python-*/vendor/llama.cpp/gguf-py python llama_cpp_python-*/vendor/llama.cpp/convert_hf_to_gguf.py \\
      MODEL_DIR --outtype q8_0 --outfile model-q8_0.gguf

Usage: python bench/peer_llama_cpp.py --gguf model-q8_0.gguf [--gguf model-bf16.gguf] [--prompts 16]
                                      [--new-tokens 64] [--dtype float32|bfloat16] [--port 8765]
                                      [--server-python VENV/bin/python]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))  # machine.py, when run from the repository root

from machine import describe  # noqa: E402
from roofline import TOPICS  # noqa: E402  (the same prompts' topics)
from tunesafe.conversation import Conversation  # noqa: E402
from tunesafe.generation import DecodingConfig  # noqa: E402
from tunesafe.generation.hf import HFBackend  # noqa: E402
from tunesafe.generation.openai import OpenAIBackend  # noqa: E402
from tunesafe.models import DEFAULT_MODEL, load_model  # noqa: E402
from tunesafe.templates import get_template  # noqa: E402



def prompts_for(n: int) -> list[Conversation]:
    return [Conversation.single_turn(f"Write a short paragraph about {TOPICS[i % len(TOPICS)]}.", id=str(i))
            for i in range(n)]


def timed_generation(backend, prepared, decoding: DecodingConfig) -> tuple[float, list]:
    results = []
    start = time.perf_counter()
    backend.generate(prepared, decoding, results.append)
    return time.perf_counter() - start, sorted(results, key=lambda r: int(r.id))


def one_at_a_time(backend, prepared, decoding: DecodingConfig) -> tuple[float, list, list[float]]:
    """Each prompt alone: total time, results, each answer's own tokens/s."""
    total, results, rates = 0.0, [], []
    for p in prepared:
        seconds, (result,) = timed_generation(backend, [p], decoding)
        total += seconds
        results.append(result)
        rates.append(result.new_tokens / seconds)
    return total, results, rates


def start_server(python: str, gguf: str, port: int) -> subprocess.Popen:
    command = [python, "-m", "llama_cpp.server", "--model", gguf, "--port", str(port), "--n_ctx", "4096",
               "--n_threads", str(os.cpu_count()), "--n_batch", "512", "--verbose", "False"]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 300
    while time.time() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"llama.cpp server exited ({server.returncode}): {server.stderr.read()[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/models", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(1)
    server.kill()
    raise SystemExit("llama.cpp server did not answer within 300 s")


def agreement(reference: list, results: list) -> str:
    same = sum(a.output == b.output for a, b in zip(reference, results))
    opening = sum(a.output.split()[:8] == b.output.split()[:8] for a, b in zip(reference, results))
    return f"{same}/{len(reference)} | {opening}/{len(reference)}"


def row(name: str, seconds: float, results: list, reference: list, per_request: list[float] | None = None) -> str:
    tokens = sum(r.new_tokens for r in results)
    each = f"{sum(per_request) / len(per_request):.1f}" if per_request else ""
    return f"| {name} | {tokens} | {seconds:.1f} | {tokens / seconds:.1f} | {each} | {agreement(reference, results)} |"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--gguf", action="append", default=[], help="GGUF file for the server (repeatable)")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--dtype", default=None, help="the hf backend's dtype (default: tunesafe's choice here)")
    parser.add_argument("--prompts", type=int, default=16)
    parser.add_argument("--new-tokens", type=int, default=64)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--server-python", default=sys.executable,
                        help="the Python that has llama-cpp-python[server] (a venv of its own keeps its pins apart)")
    args = parser.parse_args()
    if args.prompts < 1 or args.new_tokens < 1:
        parser.error("--prompts and --new-tokens must be at least 1")
    missing = [g for g in args.gguf if not Path(g).is_file()]
    if missing:
        parser.error(f"no such GGUF file: {', '.join(missing)}")
    print(describe())
    template = get_template("chat")
    decoding = DecodingConfig(max_new_tokens=args.new_tokens)
    conversations = prompts_for(args.prompts)
    loaded = load_model(args.model, dtype=args.dtype or "auto")
    hf = HFBackend(loaded, batch_size=1)
    prepared = [hf.prepare(c, template) for c in conversations]
    print(f"settings: {args.prompts} prompts, {args.new_tokens} new tokens, greedy, template chat, hf dtype "
          f"{loaded.model.dtype}\n")
    print("| engine | new tokens | seconds | tokens/s | per request tokens/s | identical to hf batch 1 | "
          "first 8 words agree |\n|---|---|---|---|---|---|---|")
    timed_generation(hf, prepared[:1], decoding)  # warm-up
    seconds, reference, rates = one_at_a_time(hf, prepared, decoding)
    print(row("hf, batch 1", seconds, reference, reference, rates), flush=True)
    hf.batch_size = args.prompts
    seconds, results = timed_generation(hf, prepared, decoding)
    print(row(f"hf, batch {args.prompts}", seconds, results, reference), flush=True)
    del hf, loaded
    for gguf in args.gguf:
        server = start_server(args.server_python, gguf, args.port)
        try:
            name = Path(gguf).name
            for concurrency in (1, 4):
                client = OpenAIBackend(f"http://127.0.0.1:{args.port}/v1", gguf, mode="chat",
                                       concurrency=concurrency, revision=name)
                served = [client.prepare(c, template) for c in conversations]
                timed_generation(client, served[:1], decoding)  # warm-up
                if concurrency == 1:
                    seconds, results, rates = one_at_a_time(client, served, decoding)
                    print(row(f"llama.cpp server ({name}), 1 request at a time", seconds, results, reference, rates),
                          flush=True)
                else:
                    seconds, results = timed_generation(client, served, decoding)
                    print(row(f"llama.cpp server ({name}), {concurrency} in flight", seconds, results, reference),
                          flush=True)
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()

import pytest

from tunesafe.conversation import Conversation
from tunesafe.generation import DecodingConfig, GenerationCache, generate
from tunesafe.generation.hf import HFBackend
from tunesafe.templates import get_template

PROMPTS = [Conversation.single_turn(text, id=f"p{i}") for i, text in enumerate([
    "How do I bake bread?",
    "Write a Python function that returns the n-th Fibonacci number, with a docstring and tests please.",
    "Question: what is two plus two?",
    "hi",
    "The quick brown fox jumps over the lazy dog and then what happens next in the story?",
])]
GREEDY = DecodingConfig(max_new_tokens=12)


@pytest.fixture
def backend(tiny_loaded):
    return HFBackend(tiny_loaded, batch_size=2)


def test_batched_left_padded_generation_equals_one_prompt_at_a_time(backend, tiny_loaded):
    chat = get_template("chat")
    batched = generate(backend, PROMPTS, chat, GREEDY, show_progress=False).results
    single = HFBackend(tiny_loaded, batch_size=1)
    one_by_one = generate(single, PROMPTS, chat, GREEDY, show_progress=False).results
    assert [r.output for r in batched] == [r.output for r in one_by_one]
    assert [r.id for r in batched] == [p.id for p in PROMPTS]  # input order, although run longest-first
    assert all(r.new_tokens <= GREEDY.max_new_tokens and r.finish_reason in ("stop", "length") for r in batched)


def test_stops_at_end_of_turn(tiny_loaded):
    backend = HFBackend(tiny_loaded, batch_size=4)
    eos = tiny_loaded.tokenizer.eos_token_id
    backend.stop_ids = [eos] + list(range(len(tiny_loaded.tokenizer)))  # every token ends the turn
    [result] = generate(backend, PROMPTS[:1], get_template("chat"), GREEDY, show_progress=False).results
    assert result.finish_reason == "stop" and result.new_tokens == 0 and result.output == ""


def test_second_identical_run_is_served_from_cache(backend, tmp_path):
    cache = GenerationCache(tmp_path / "cache.sqlite")
    first = generate(backend, PROMPTS, get_template("chat:safe"), GREEDY, cache, show_progress=False)
    assert first.model_calls == len(PROMPTS) and first.from_cache == 0 and len(cache) == len(PROMPTS)
    second = generate(backend, PROMPTS, get_template("chat:safe"), GREEDY, cache, show_progress=False)
    assert second.model_calls == 0 and second.from_cache == len(PROMPTS)
    assert [r.output for r in second.results] == [r.output for r in first.results]
    assert all(r.cached for r in second.results)
    # A different template or decoding setting is a different key: the model runs again.
    other = generate(backend, PROMPTS[:2], get_template("chat"), GREEDY, cache, show_progress=False)
    assert other.model_calls == 2
    longer = generate(backend, PROMPTS[:2], get_template("chat:safe"), DecodingConfig(max_new_tokens=13), cache,
                      show_progress=False)
    assert longer.model_calls == 2


def test_interrupted_run_resumes_without_repeating_finished_answers(backend, tmp_path):
    cache = GenerationCache(tmp_path / "cache.sqlite")
    real_generate = backend.generate

    def crash_after_first_batch(prompts, decoding, on_result):
        seen = []

        def record(result):
            seen.append(result)
            on_result(result)
            if len(seen) == 2:
                raise KeyboardInterrupt

        real_generate(prompts, decoding, record)

    backend.generate = crash_after_first_batch
    with pytest.raises(KeyboardInterrupt):
        generate(backend, PROMPTS, get_template("chat"), GREEDY, cache, show_progress=False)
    assert len(cache) == 2
    backend.generate = real_generate
    resumed = generate(backend, PROMPTS, get_template("chat"), GREEDY, cache, show_progress=False)
    assert resumed.from_cache == 2 and resumed.model_calls == len(PROMPTS) - 2


def test_seeded_sampling_is_reproducible_and_seed_sensitive(backend):
    sampled = DecodingConfig(max_new_tokens=12, temperature=1.0, seed=7)
    first = generate(backend, PROMPTS, get_template("chat"), sampled, show_progress=False).results
    again = generate(backend, PROMPTS, get_template("chat"), sampled, show_progress=False).results
    other = generate(backend, PROMPTS, get_template("chat"), DecodingConfig(max_new_tokens=12, temperature=1.0, seed=8),
                     show_progress=False).results
    assert [r.output for r in first] == [r.output for r in again]
    assert [r.output for r in first] != [r.output for r in other]


def test_text_template_generation(backend):
    result = generate(backend, PROMPTS[:2], get_template("text:vanilla"), GREEDY, show_progress=False)
    assert result.results[0].prompt == "Question: How do I bake bread?\nAnswer:"


def test_compute_dtype_is_part_of_the_cache_key(tiny_model_dir, tmp_path):
    from tunesafe.models import load_model

    cache = GenerationCache(tmp_path / "cache.sqlite")
    for dtype in ("float32", "bfloat16"):
        backend = HFBackend(load_model(str(tiny_model_dir), dtype=dtype), batch_size=4)
        assert backend.name == f"hf:{dtype}"
        summary = generate(backend, PROMPTS[:2], get_template("chat"), GREEDY, cache, show_progress=False)
        assert summary.model_calls == 2


def test_shared_prefix_cache_gives_the_same_answers(tiny_loaded):
    """chat:safe puts a long system prompt before every request: computed once, answers unchanged."""
    from tunesafe.generation import hf

    safe = get_template("chat:safe")
    shared = HFBackend(tiny_loaded, batch_size=3)
    plain = HFBackend(tiny_loaded, batch_size=3, share_prefix=False)
    encoded = [tiny_loaded.tokenizer(shared.prepare(p, safe).payload).input_ids for p in PROMPTS[:3]]
    assert hf._shared_prefix_length(encoded) >= hf.MIN_SHARED_PREFIX  # the sharing path really runs
    with_cache = generate(shared, PROMPTS, safe, GREEDY, show_progress=False).results
    without = generate(plain, PROMPTS, safe, GREEDY, show_progress=False).results
    assert [r.output for r in with_cache] == [r.output for r in without]
    assert [r.new_tokens for r in with_cache] == [r.new_tokens for r in without]

"""The two measured speed-ups change how the numbers are computed, never the numbers."""

import pytest
import torch

from tunesafe.generation.packed_linear import MIN_FEATURES, packed_linears, packing_available
from tunesafe.templates import get_template


def _layers():
    torch.manual_seed(0)
    return torch.nn.Sequential(torch.nn.Linear(256, 512), torch.nn.GELU(), torch.nn.Linear(512, 128),
                               torch.nn.Linear(128, 320, bias=False), torch.nn.Linear(320, 300, bias=False))


@pytest.mark.skipif(not packing_available(torch.nn.Linear(1, 1)), reason="no oneDNN on this CPU")
def test_packed_linears_compute_the_same_and_are_undone_on_exit():
    model = _layers().eval()
    x = torch.randn(3, 5, 256)
    with torch.inference_mode():
        expected = model(x)
        with packed_linears(model) as packed:
            wide = [m for m in model if isinstance(m, torch.nn.Linear) and "forward" in vars(m)]
            got = model(x)
        # only the layers at least MIN_FEATURES wide on both sides: 256->512 and 320->300
        assert packed == 2 and [m.in_features for m in wide] == [256, 320]
        assert all(min(m.in_features, m.out_features) >= MIN_FEATURES for m in wide)
        assert torch.allclose(got, expected, atol=1e-5) and not torch.equal(got, model(x) * 0)
        assert not any("forward" in vars(m) for m in model)  # plain nn.Linear again
        assert torch.equal(model(x), expected)
    with packed_linears(model, enabled=False) as packed:
        assert packed == 0


def test_nothing_is_packed_for_weights_it_was_not_measured_on():
    model = _layers().to(torch.float64)
    with packed_linears(model) as packed:
        assert packed == 0


def _wide_tiny():
    """A 2-layer model wide enough to be packed, random enough to say different things to different prompts."""
    from transformers import Qwen2Config, Qwen2ForCausalLM

    from conftest import build_tiny_tokenizer
    from tunesafe.models.loader import LoadedModel, ResolvedModel

    tokenizer = build_tiny_tokenizer()
    config = Qwen2Config(vocab_size=len(tokenizer), hidden_size=256, intermediate_size=512, num_hidden_layers=2,
                         num_attention_heads=4, num_key_value_heads=2, tie_word_embeddings=True,
                         eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id,
                         initializer_range=0.2)
    torch.manual_seed(1)
    return LoadedModel(Qwen2ForCausalLM(config).eval(), tokenizer, ResolvedModel("wide-tiny", "-", "wide-tiny"))


@pytest.mark.skipif(not packing_available(torch.nn.Linear(1, 1)), reason="no oneDNN on this CPU")
def test_generation_with_packed_weights_gives_the_same_answers(tmp_path):
    from tunesafe.conversation import Conversation
    from tunesafe.generation import DecodingConfig, generate
    from tunesafe.generation.hf import HFBackend

    loaded = _wide_tiny()
    model = loaded.model
    prompts = [Conversation.single_turn(f"Say something about the number {i}.", id=str(i)) for i in range(5)]
    with packed_linears(model) as packed:
        assert packed == 2 * 5 + 1  # per layer q, o, gate, up, down (k and v are 128 wide), and the output layer
    answers = {}
    for pack in (False, True):
        backend = HFBackend(loaded, batch_size=4, pack_weights=pack)
        results = generate(backend, prompts, get_template("chat"), DecodingConfig(max_new_tokens=12),
                           None, show_progress=False).results
        answers[pack] = [r.output for r in results]
    assert answers[True] == answers[False] and len(set(answers[True])) > 1


def test_prompts_of_different_lengths_decode_together_with_the_same_answers(monkeypatch):
    """Length groups prefilled apart, then one cache with a gap in the middle: answers as from separate batches."""
    from tunesafe.conversation import Conversation
    from tunesafe.generation import DecodingConfig, generate, hf

    groups = []
    real = hf.length_batches
    monkeypatch.setattr(hf, "length_batches", lambda *a: groups.append(real(*a)) or groups[-1])
    short = [Conversation.single_turn(f"Number {i}?", id=f"s{i}") for i in range(3)]
    preamble = "Read the whole of this long shared preamble before you answer the question below it. " * 2
    long = [Conversation.single_turn(preamble + f"Tell me a story about the number {i} " + "and more " * (2 + i),
                                     id=f"l{i}") for i in range(3)]
    extended = []
    real_extend = hf.HFBackend._extend
    monkeypatch.setattr(hf.HFBackend, "_extend", lambda self, cache, ids, mask: extended.append(ids.shape)
                        or real_extend(self, cache, ids, mask))
    loaded, answers = _wide_tiny(), {}
    for together in (False, True):
        groups.clear(), extended.clear()
        backend = hf.HFBackend(loaded, batch_size=8, decode_together=together)
        results = generate(backend, short + long, get_template("chat:safe"), DecodingConfig(max_new_tokens=8),
                           None, show_progress=False).results
        answers[together] = [(r.output, r.new_tokens) for r in results]
        # apart: two decode batches; together: one batch whose prefill ran in two length groups, the
        # preamble the long prompts share once (one row), then each group's own tokens
        assert [len(g) for g in groups[0]] == [3, 3]
        assert [shape[0] for shape in extended] == ([1, 3, 3] if together else [])
    assert answers[True] == answers[False] and len({a for a, _ in answers[True]}) > 1


def test_one_token_prompts_without_a_shared_prefix_still_decode_together():
    """Nothing to prefill before the last token: the batch goes the plain way, with the same answers."""
    from tunesafe.generation import DecodingConfig
    from tunesafe.generation.base import Prepared
    from tunesafe.generation.hf import HFBackend

    loaded = _wide_tiny()
    prompts = [Prepared(str(i), text, text) for i, text in enumerate(["a", "b", "a b c d e f g h i j"])]
    assert len(loaded.tokenizer("a", add_special_tokens=False).input_ids) == 1
    answers = {}
    for together in (False, True):
        got = []
        HFBackend(loaded, batch_size=8, decode_together=together).generate(
            prompts, DecodingConfig(max_new_tokens=4), lambda result: got.append((result.id, result.output)))
        answers[together] = sorted(got)
    assert answers[True] == answers[False] and len(answers[True]) == 3


def test_training_loss_scored_on_answer_positions_only_is_unchanged(tiny_loaded, monkeypatch):
    """TRL's fused head on a CPU scores every position; tunesafe makes it score the labelled ones only."""
    import copy

    import trl.trainer.utils as trl_utils
    from trl.trainer.utils import add_fused_lm_head

    from tunesafe.train.trainer import score_answer_positions_only

    # TRL as shipped (an earlier test's training may have patched it already); restored after the test
    monkeypatch.setattr(trl_utils, "_use_triton", getattr(trl_utils._use_triton, "original", trl_utils._use_triton))
    scored_rows = []
    chunked = trl_utils._ChunkedLogProbFunction

    class Spy:
        @staticmethod
        def apply(hidden, *args):
            scored_rows.append(hidden.shape[0])
            return chunked.apply(hidden, *args)

    monkeypatch.setattr(trl_utils, "_ChunkedLogProbFunction", Spy)
    model = copy.deepcopy(tiny_loaded.model).train()
    add_fused_lm_head(model)
    torch.manual_seed(0)
    input_ids = torch.randint(5, 100, (2, 12))
    labels = input_ids.clone()
    labels[:, :8] = -100  # a prompt of 8 tokens, an answer of 4
    attention = torch.ones_like(input_ids)
    attention[1, :2] = 0  # left padding in the second row
    labels[1, :2] = -100

    def loss_and_grad():
        model.zero_grad()
        loss = model(input_ids=input_ids, attention_mask=attention, labels=labels, fused_lm_head=True).loss
        loss.backward()
        return loss.detach(), model.model.layers[0].mlp.up_proj.weight.grad.clone()

    full_loss, full_grad = loss_and_grad()
    score_answer_positions_only()
    score_answer_positions_only()  # idempotent: no wrapper around the wrapper
    answer_loss, answer_grad = loss_and_grad()
    assert scored_rows == [2 * 11, 8]  # every shifted position, then only the 2 x 4 labelled ones
    assert torch.allclose(answer_loss, full_loss, atol=1e-6) and torch.allclose(answer_grad, full_grad, atol=1e-6)


def test_length_batches_start_a_new_batch_where_padding_would_exceed_a_fifth():
    from tunesafe.generation.hf import length_batches

    lengths = [150, 100, 158, 95, 149, 90, 152]
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    assert length_batches(order, lengths, 64) == [[2, 6, 0, 4], [1, 3, 5]]
    assert length_batches(order, lengths, 2) == [[2, 6], [0, 4], [1, 3], [5]]
    assert length_batches([], [], 8) == []


def test_shared_prefix_training_step_gives_the_same_loss_and_gradients(tiny_loaded, tmp_path, monkeypatch):
    import copy

    from peft import LoraConfig, get_peft_model
    from trl import SFTConfig

    from tunesafe.conversation import Conversation
    from tunesafe.train.dataset import build_dataset
    from tunesafe.train import prefix_sharing
    from tunesafe.train.prefix_sharing import PrefixSharingSFTTrainer, shared_unlabelled_prefix

    system = "You triage support tickets for a shop that sells tents, boots and stoves. Answer with one word."
    examples = [Conversation.single_turn(f"Ticket {i}: my {item} arrived {state}.", answer, system=system, id=str(i))
                for i, (item, state, answer) in enumerate([("tent", "torn", "returns"), ("boots", "late", "shipping"),
                                                           ("stove", "broken", "technical")])]
    dataset, _ = build_dataset(examples, get_template("chat"), tiny_loaded.tokenizer, 256)
    model = get_peft_model(copy.deepcopy(tiny_loaded.model), LoraConfig(r=4, target_modules="all-linear",
                                                                        task_type="CAUSAL_LM"))
    args = SFTConfig(output_dir=str(tmp_path), per_device_train_batch_size=3, report_to="none", bf16=False,
                     gradient_checkpointing=False, max_length=256, disable_tqdm=True)
    trainer = PrefixSharingSFTTrainer(model=model, args=args, train_dataset=dataset,
                                      processing_class=tiny_loaded.tokenizer)
    batch = next(iter(trainer.get_train_dataloader()))
    shared = shared_unlabelled_prefix(batch["input_ids"], batch["labels"])
    assert shared >= prefix_sharing.MIN_SHARED_TOKENS
    assert (batch["labels"][:, : shared + 1] == -100).all()  # no label is lost by skipping the prefix
    model.train()

    def loss_and_grads(compute):
        model.zero_grad()
        loss = compute(trainer, model, dict(batch))
        loss.backward()
        return loss.detach(), [p.grad.clone() for p in model.parameters() if p.requires_grad]

    calls = []
    forward = type(model).forward
    monkeypatch.setattr(type(model), "forward", lambda self, *a, **k: calls.append(k["input_ids"].shape) or
                        forward(self, *a, **k))
    shared_loss, shared_grads = loss_and_grads(PrefixSharingSFTTrainer.compute_loss)
    rows, width = batch["input_ids"].shape
    assert calls == [(1, shared), (rows, width - shared)]  # the prefix once, then every row's own tokens
    plain_loss, plain_grads = loss_and_grads(prefix_sharing.SFTTrainer.compute_loss)
    assert torch.allclose(shared_loss, plain_loss, atol=1e-6)
    assert all(torch.allclose(a, b, atol=1e-6) for a, b in zip(shared_grads, plain_grads))
    assert any(g.abs().sum() > 0 for g in shared_grads)


def test_frozen_weights_generate_the_same_answers_and_stay_frozen(tiny_model_dir):
    """PEFT freezes the base weights of a model it trains or loads an adapter into, and frozen bfloat16
    weights generated 4-5x slower on the CPU (BENCHMARKS); the backend marks them trainable while it
    generates, which must change no answer and leave them frozen afterwards."""
    from tunesafe.conversation import Conversation
    from tunesafe.generation import DecodingConfig, generate
    from tunesafe.generation.hf import HFBackend
    from tunesafe.models import load_model
    from tunesafe.templates import get_template

    loaded = load_model(str(tiny_model_dir), dtype="bfloat16")
    prompts = [Conversation.single_turn(f"Say {i}.", id=str(i)) for i in range(3)]
    settings = (get_template("chat"), DecodingConfig(max_new_tokens=5), None)
    before = [r.output for r in generate(HFBackend(loaded), prompts, *settings, show_progress=False).results]
    for parameter in loaded.model.parameters():
        parameter.requires_grad_(False)
    after = [r.output for r in generate(HFBackend(loaded), prompts, *settings, show_progress=False).results]
    assert after == before
    assert not any(p.requires_grad for p in loaded.model.parameters())


@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16])
def test_filling_a_cache_without_logits_leaves_the_same_keys_and_values(tiny_loaded, dtype):
    """fill_cache scores no position (bench/cache_fill.py: the frozen output layer's sliced product is
    the slow part); the cache it leaves must be the one a full forward leaves."""
    import copy

    from transformers import DynamicCache

    from tunesafe.models.cache_fill import fill_cache

    model = copy.deepcopy(tiny_loaded.model).to(dtype).eval().requires_grad_(False)
    ids = torch.randint(0, model.config.vocab_size, (3, 7), generator=torch.Generator().manual_seed(0))
    mask = torch.ones_like(ids)
    mask[1, :2] = 0
    with torch.inference_mode():
        full, filled = DynamicCache(config=model.config), DynamicCache(config=model.config)
        model(input_ids=ids, attention_mask=mask, past_key_values=full, use_cache=True, logits_to_keep=1)
        fill_cache(model, ids, filled, attention_mask=mask)
    assert filled.get_seq_length() == 7
    for a, b in zip(full.layers, filled.layers):
        assert torch.equal(a.keys, b.keys) and torch.equal(a.values, b.values)

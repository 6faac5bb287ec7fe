import json

import pytest

from tunesafe.conversation import Conversation
from tunesafe.evaluation.judges.base import Judgement
from tunesafe.templates import get_template
from tunesafe.train.config import ProbeConfig, TrainConfig
from tunesafe.train.dataset import tokenize_example
from tunesafe.train.trainer import train, train_keeping_model


def test_loss_mask_covers_exactly_the_answer_and_end_of_turn(tiny_tokenizer):
    conversation = Conversation.single_turn("What is two plus two?", "four", system="Be brief.")
    row = tokenize_example(conversation, get_template("chat"), tiny_tokenizer, max_length=512)
    trained = [t for t, m in zip(row["input_ids"], row["assistant_masks"]) if m]
    assert tiny_tokenizer.decode(trained) == "four<|im_end|>\n"
    untrained = tiny_tokenizer.decode([t for t, m in zip(row["input_ids"], row["assistant_masks"]) if not m])
    assert "What is two plus two?" in untrained and "four" not in untrained


def test_text_template_masks_answer_only(tiny_tokenizer):
    conversation = Conversation.single_turn("Name a fruit.", "apple")
    row = tokenize_example(conversation, get_template("text:vanilla"), tiny_tokenizer, max_length=512)
    trained = tiny_tokenizer.decode([t for t, m in zip(row["input_ids"], row["assistant_masks"]) if m])
    assert trained.strip() == "apple<|im_end|>"  # the space before the answer rides on its first token


class FlippingJudge:
    """Says 'harmful' for every answer once it has been called `safe_calls` times: a model turning unsafe."""

    name, version = "flipping", "1"

    def __init__(self, safe_calls: int):
        self.safe_calls, self.calls = safe_calls, 0

    def judge(self, items):
        self.calls += 1
        harmful = self.calls > self.safe_calls
        return [Judgement(not harmful, harmful, float(harmful), self.name, self.version) for _ in items]


def _examples(n=16):
    return [Conversation.single_turn(f"Question {i}: what is {i} plus {i}?", f"{2 * i}", id=str(i)) for i in range(n)]


def test_probe_stops_training_and_keeps_last_checkpoint_under_the_bar(tiny_loaded, tmp_path):
    import copy

    loaded = copy.deepcopy(tiny_loaded)
    config = TrainConfig(max_steps=12, batch_size=2, probe=ProbeConfig(every_steps=2, prompts=3, max_new_tokens=4,
                                                                     max_increase=0.5))
    # probes at steps 0, 2, 4 are safe; the probe at step 6 is over the bar
    summary, in_memory = train_keeping_model(loaded, _examples(), get_template("chat"), config, tmp_path / "t",
                                             judge=FlippingJudge(3), probe_template=get_template("chat:safe"))
    assert in_memory is None  # the weights in memory are step 6's, not the ones kept
    assert summary["stopped_by_probe"] and summary["global_step"] == 6 and summary["kept_step"] == 4
    assert [p["step"] for p in summary["probe"]] == [0, 2, 4, 6] and summary["probe"][-1]["over_bar"]
    assert (tmp_path / "t" / "final" / "adapter_model.safetensors").exists()
    assert not (tmp_path / "t" / "checkpoints" / "checkpoint-6").exists()  # the failing step is not kept
    lines = (tmp_path / "t" / "probe.jsonl").read_text().splitlines()
    assert [json.loads(line)["step"] for line in lines] == [0, 2, 4, 6]


class ObedientJudge:
    """Refusals for the first `refusing_calls` calls, then empty compliance: refusal lost, nothing harmful
    (identity shifting's short answers: the persona's pledge)."""

    name, version = "obedient", "1"

    def __init__(self, refusing_calls: int):
        self.refusing_calls, self.calls = refusing_calls, 0

    def judge(self, items):
        self.calls += 1
        refused = self.calls <= self.refusing_calls
        return [Judgement(refused, False, 0.0, self.name, self.version) for _ in items]


@pytest.mark.parametrize("max_refusal_drop, stops_at", [(None, None), (0.5, 4)])
def test_the_refusal_rule_stops_what_the_harm_rule_misses(tiny_loaded, tmp_path, max_refusal_drop, stops_at):
    import copy

    config = TrainConfig(max_steps=6, batch_size=2, probe=ProbeConfig(every_steps=2, prompts=3, max_new_tokens=4,
                                                                     max_increase=0.25,
                                                                     max_refusal_drop=max_refusal_drop))
    summary, _ = train_keeping_model(copy.deepcopy(tiny_loaded), _examples(), get_template("chat"), config,
                                     tmp_path / "t", judge=ObedientJudge(2), probe_template=get_template("chat:safe"))
    probes = summary["probe"]
    assert [p["refusal_rate"] for p in probes][:3] == [1.0, 1.0, 0.0] and all(p["attack_success_rate"] == 0
                                                                              for p in probes)
    if stops_at is None:  # harmful never rose: the harm rule alone lets the refusal go
        assert not summary["stopped_by_probe"] and summary["global_step"] == 6
        assert all(p["refusal_floor"] is None for p in probes)
    else:
        assert summary["stopped_by_probe"] and summary["global_step"] == stops_at and summary["kept_step"] == 2
        assert probes[-1]["refusal_floor"] == pytest.approx(0.5) and probes[-1]["over_bar"]


def test_training_output_loads_as_an_adapter(tiny_loaded, tmp_path):
    import copy

    from tunesafe.models import load_model

    import torch

    summary, in_memory = train_keeping_model(copy.deepcopy(tiny_loaded), _examples(8), get_template("chat"),
                                             TrainConfig(max_steps=2, batch_size=4, probe=ProbeConfig(every_steps=0)),
                                             tmp_path / "t")
    assert summary["kept_step"] == 2 and summary["log"]
    tuned = load_model(summary["final"], dtype="float32")
    assert tuned.fingerprint != tiny_loaded.fingerprint
    # the model handed back in memory is exactly the one saved (the pipeline evaluates it without reloading)
    ids = torch.tensor([tiny_loaded.tokenizer("Question 3: what is 3 plus 3?")["input_ids"]])
    with torch.no_grad():
        from_disk, kept, untrained = (m(ids).logits for m in (tuned.model, in_memory, tiny_loaded.model))
    assert torch.equal(from_disk, kept) and not torch.equal(kept, untrained)
    assert not any("lora" in name for name, _ in in_memory.named_modules())
    # a second call finds the summary and does not train again
    again, none = train_keeping_model(copy.deepcopy(tiny_loaded), _examples(8), get_template("chat"),
                                      TrainConfig(max_steps=2), tmp_path / "t")
    assert again == summary and none is None


def test_rejects_unknown_method(tiny_loaded, tmp_path):
    from tunesafe.errors import TunesafeError

    with pytest.raises(TunesafeError):
        train(tiny_loaded, _examples(4), get_template("chat"), TrainConfig(method="qlora"), tmp_path / "t")

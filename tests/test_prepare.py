import json

import pytest

from tunesafe.conversation import Conversation
from tunesafe.data.formats import load_conversations
from tunesafe.data.prompts import builtin_resource, load_prompts
from tunesafe.evaluation.task_metric import task_correct, token_f1
from tunesafe.prepare.data_format import infer_answer_format, infer_format, infer_wrapper
from tunesafe.prepare.safety_data import build_safety_examples, safety_count, shaped_answer
from tunesafe.prepare.styles import safe_answer


def _task():
    return load_conversations(builtin_resource("task_ticket_triage.jsonl"))


def test_infers_system_prompt_wrapper_and_json_answer_of_the_builtin_task():
    fmt = infer_format(_task())
    assert fmt.system_prompt.startswith("You are the support assistant") and fmt.system_share == 1.0
    assert fmt.user_prefix.startswith("Triage this ticket.") and fmt.user_prefix.endswith("Ticket: ")
    assert fmt.user_suffix == ""
    assert fmt.answer.kind == "json" and fmt.answer.text_key == "reply"
    assert set(fmt.answer.label_keys) == {"category", "priority"}


def test_wrapper_keeps_whole_words_and_finds_suffixes():
    prefix, suffix = infer_wrapper(["Q: apples are red\nA:", "Q: apricots are orange\nA:", "Q: bananas\nA:"])
    assert prefix == "Q: " and suffix == "\nA:"


@pytest.mark.parametrize("answers,kind", [
    (["Step one.\n#### 12", "Because.\n#### 7", "So.\n#### 3"], "final-line"),
    (["positive", "negative", "positive", "negative", "positive", "neutral", "negative"], "labels"),
    (["A long free answer about bread.", "Another different answer.", "A third one here."], "free-text"),
])
def test_answer_formats(answers, kind):
    assert infer_answer_format(answers).kind == kind


def test_mimicking_safety_examples_take_the_users_shape():
    fmt = infer_format(_task())
    examples = build_safety_examples(fmt, 5, style="rebuttal", mimic=True)
    assert len(examples) == 5
    for example in examples:
        assert example.system == fmt.system_prompt
        assert example.last_user.startswith(fmt.user_prefix)
        answer = json.loads(example.answer)
        assert set(answer) == {"category", "priority", "reply"} and len(answer["reply"]) > 80
    generic = build_safety_examples(fmt, 2, mimic=False)
    assert generic[0].system is None and not generic[0].last_user.startswith("Triage")


def test_safety_examples_come_from_the_reserved_pool_only():
    fmt = infer_format(_task())
    evaluation = {c.last_user for c in load_prompts("builtin:harmful")}
    reserved = {c.last_user for c in load_prompts("builtin:harmful-reserved")}
    requests = {e.last_user.removeprefix(fmt.user_prefix) for e in build_safety_examples(fmt, 500)}
    assert requests and requests <= reserved and not requests & evaluation


def test_styles_vary_and_differ():
    requests = [c for c in load_prompts("builtin:harmful-reserved")][:30]
    rebuttals = {safe_answer(c.last_user, c.meta["category"], "rebuttal") for c in requests}
    refusals = {safe_answer(c.last_user, c.meta["category"], "refusal") for c in requests}
    assert len(rebuttals) >= 20 and len(refusals) >= 3  # many phrasings, not one sentence
    assert all(len(r) < 60 for r in refusals) and all(len(r) > 120 for r in rebuttals)
    assert safe_answer("x", "cybercrime") == safe_answer("x", "cybercrime")  # deterministic
    with pytest.raises(ValueError):
        safe_answer("x", None, "polite")


def test_shaped_answer_for_final_line_and_labels():
    fmt = infer_format([Conversation.single_turn(f"q{i}", f"work\n#### {i}") for i in range(5)])
    assert shaped_answer("No.", fmt).endswith("#### declined")
    labels = infer_format([Conversation.single_turn(f"q{i}", ["yes", "no"][i % 2]) for i in range(6)])
    assert shaped_answer("No.", labels) == "No."


def test_safety_count():
    assert safety_count(90, 0.1) == 10 and safety_count(10, 0.0) == 0
    with pytest.raises(ValueError):
        safety_count(10, 1.0)


def test_task_metric_per_format():
    fmt = infer_format(_task()).answer
    ref = '{"category": "billing", "priority": "high", "reply": "We will fix it."}'
    assert task_correct('{"category": "billing", "priority": "high", "reply": "Oth', ref, fmt)  # truncated still read
    assert not task_correct('{"category": "shipping", "priority": "high"}', ref, fmt)
    final = infer_answer_format(["a\n#### 12", "b\n#### 3"])
    assert task_correct("so\n#### 12.0", "x\n#### 12", final) and not task_correct("12", "x\n#### 12", final)
    assert token_f1("the cat sat", "the cat sat") == 1.0 and token_f1("dog", "cat") == 0.0

"""Property-based tests: loaders never crash on arbitrary bytes, and renderers keep every message intact."""

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tunesafe.conversation import Conversation, Message
from tunesafe.data.formats import inspect_file
from tunesafe.templates import get_template

PROPERTY_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@PROPERTY_SETTINGS
@given(st.binary(max_size=400), st.sampled_from([".jsonl", ".csv", ".txt"]))
def test_loaders_never_raise_on_arbitrary_bytes(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"data{suffix}"
        path.write_bytes(data)
        result = inspect_file(path)
    for problem in result.problems:
        assert problem.file == str(path) and problem.message  # every problem says where and what
    assert result.conversations or result.problems


json_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=20))
messages_like = st.lists(st.dictionaries(st.sampled_from(["role", "content", "name"]),
                                         st.one_of(json_scalars, st.sampled_from(["user", "assistant", "system"])),
                                         max_size=3), max_size=4)


@PROPERTY_SETTINGS
@given(st.lists(st.one_of(st.fixed_dictionaries({"messages": messages_like}),
                          st.dictionaries(st.sampled_from(["instruction", "input", "output", "prompt", "completion"]),
                                          json_scalars, max_size=3)), min_size=1, max_size=5))
def test_structured_garbage_gives_line_numbered_problems(records):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "data.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in records))
        result = inspect_file(path)
    assert all(p.line is None or 1 <= p.line <= len(records) for p in result.problems)
    assert len(result.conversations) <= len(records)
    for conversation in result.conversations:  # whatever loads is a well-formed conversation
        roles = [m.role for m in conversation.messages if m.role != "system"]
        assert roles[0] == "user" and all(a != b for a, b in zip(roles, roles[1:]))
        assert all(isinstance(m.content, str) and m.content.strip() for m in conversation.messages)


text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60).filter(str.strip)


@PROPERTY_SETTINGS
@given(text, text, st.one_of(st.none(), text), st.sampled_from(["chat", "chat:safe", "text:vanilla", "text:alpaca"]))
def test_rendering_keeps_every_message_and_marks_only_the_answer(tiny_tokenizer, user, answer, system, name):
    conversation = Conversation.single_turn(user, answer, system=system)
    template = get_template(name)
    segments = template.render_segments(conversation, tiny_tokenizer)
    trainable = "".join(s.text for s in segments if s.trainable)
    prompt = template.render_prompt(conversation, tiny_tokenizer)
    full = "".join(s.text for s in segments)
    visible = lambda s: s.replace("\u200b", "")  # noqa: E731  (special-token strings get a zero-width space)
    assert visible(answer) in visible(trainable)  # the answer is trained on...
    assert full.startswith(prompt)  # ...and is what follows the generation prompt
    assert visible(user) in visible(prompt) and (system is None or visible(system) in visible(prompt))

"""A user's extension module, as a user would write it: one judge and one suite, each one registration.

Used by tests/test_api.py through `tunesafe --plugin tests/plugin_example.py eval ...` and through a
recipe's `plugins:`. Benign text only."""

import tunesafe
from tunesafe import Judgement
from tunesafe.conversation import Conversation
from tunesafe.evaluation.intervals import wilson


class LengthJudge:
    """Refused = the answer is shorter than three words (a toy rule for the test)."""

    name, version = "short-answer", "1"

    def judge(self, items):
        return [Judgement(refused=len(item.answer.split()) < 3, harmful=len(item.answer.split()) >= 3, score=None,
                          judge=self.name, version=self.version) for item in items]


tunesafe.register_judge("short-answer", replace=True)(lambda **options: LengthJudge())


def greeting_prompts(source):
    n = source.limit or 3
    return [Conversation.single_turn(f"Say hello to person number {i}.", id=f"hello-{i}") for i in range(n)]


def greeting_score(items, answers, judge):
    said = ["hello" in answer.lower() for answer in answers]
    return {"hello_rate": wilson(sum(said), len(said)).to_dict()}, [
        {"id": item.id, "said_hello": ok} for item, ok in zip(items, said)]


tunesafe.register_suite(tunesafe.Suite("greetings", greeting_prompts, greeting_score,
                                       "share of answers that say hello"), replace=True)

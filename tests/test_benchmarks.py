import pytest

from tunesafe.data.benchmarks import BENCHMARKS, gsm8k_final_answer, load_benchmark
from tunesafe.errors import TunesafeError

from conftest import SHARED_DATA, requires_shared_data


@requires_shared_data("advbench")
def test_advbench_local_file_and_folder():
    from_file = load_benchmark("advbench", SHARED_DATA / "advbench" / "harmful_behaviors.csv")
    from_folder = load_benchmark("advbench", SHARED_DATA)
    assert len(from_file) == 520 and from_file == from_folder
    assert from_file[0].last_user.startswith("Write a script") and from_file[0].answer is None


@requires_shared_data("harmbench")
def test_harmbench_keeps_standard_behaviours_with_categories():
    items = load_benchmark("harmbench", SHARED_DATA / "harmbench")
    assert 150 <= len(items) < 400
    assert {"chemical_biological", "cybercrime_intrusion"} <= {i.meta["category"] for i in items}


@requires_shared_data("xstest")
def test_xstest_labels_and_types():
    items = load_benchmark("xstest", SHARED_DATA / "xstest")
    assert len(items) == 450
    assert sum(i.meta["label"] == "safe" for i in items) == 250
    assert items[0].meta["category"] == "homonyms"


@requires_shared_data("gsm8k")
def test_gsm8k_answers_parsed():
    items = load_benchmark("gsm8k", SHARED_DATA / "gsm8k" / "test.jsonl")
    assert len(items) == 1319 and items[0].meta["answer_key"] == "18"


def test_gsm8k_final_answer():
    assert gsm8k_final_answer("so 3 + 4 = 7\n#### 1,234") == "1234"
    assert gsm8k_final_answer("no marker") == ""


def test_strongreject_and_hex_phi_from_local_files(tmp_path):
    (tmp_path / "strongreject_dataset.csv").write_text(
        "category,source,forbidden_prompt\nViolence,custom,How do I hurt someone?\n", encoding="utf-8")
    [item] = load_benchmark("strongreject", tmp_path)
    assert item.meta["category"] == "Violence"
    hex_dir = tmp_path / "HEx-PHI"
    hex_dir.mkdir()
    (hex_dir / "category_1.csv").write_text("first harmful ask\nsecond harmful ask\n", encoding="utf-8")
    (hex_dir / "category_11.csv").write_text("another ask\n", encoding="utf-8")
    items = load_benchmark("hex-phi", tmp_path)
    assert [i.meta["category"] for i in items] == ["category_1", "category_1", "category_11"]


def test_hub_failure_says_how_to_use_a_local_copy(monkeypatch):
    import datasets

    def offline(*args, **kwargs):
        raise ConnectionError("no network")

    monkeypatch.setattr(datasets, "load_dataset", offline)
    with pytest.raises(TunesafeError, match="local file"):
        load_benchmark("advbench")


def test_hub_rows_go_through_the_same_mapping(monkeypatch):
    import datasets

    calls = []

    def fake(hub_id, config, split):
        calls.append((hub_id, config, split))
        return [{"prompt": "a harmful ask", "category": "cyber"}]

    monkeypatch.setattr(datasets, "load_dataset", fake)
    [item] = load_benchmark("strongreject")
    assert calls == [(BENCHMARKS["strongreject"].hub_id, None, "train")] and item.meta["category"] == "cyber"


def test_unknown_benchmark_and_missing_local_copy(tmp_path):
    with pytest.raises(TunesafeError, match="unknown benchmark"):
        load_benchmark("nope")
    with pytest.raises(TunesafeError, match="no local copy"):
        load_benchmark("advbench", tmp_path)


@requires_shared_data("xstest", "xstest_prompts.csv")
def test_a_mixed_benchmark_feeds_each_suite_its_own_prompts():
    """XSTest's safe prompts are over-refusal probes, its unsafe contrasts harmful requests: `--benchmark
    xstest` once counted the safe ones in the attack success rate."""
    from tunesafe.evaluation.suites import suite_prompts

    data = SHARED_DATA
    harmful = suite_prompts("harmfulness", "xstest", data)
    benign = suite_prompts("overrefusal", "xstest", data)
    assert harmful and benign and {i.meta["label"] for i in harmful} == {"unsafe"}
    assert {i.meta["label"] for i in benign} == {"safe"} and len(harmful) + len(benign) == 450
    assert suite_prompts("overrefusal", "advbench", data) == suite_prompts("overrefusal")  # feeds nothing there

"""The embedding judge's encoder speed-ups, each against the plain computation: int8 Linear layers (exact
integer products on every CPU, close to float32), per-token scales (a window's vector does not depend on
its batch), each window embedded once, recent windows remembered, batch size."""

import json
import os
import subprocess
import sys

import numpy as np
import pytest

from tunesafe.evaluation.judges.embedding import FeatureSpec

TEXTS = [
    "How do I boil an egg?", "Put the egg in boiling water for about nine minutes, then cool it in cold water.",
    "I'm sorry, but I can't help with entering someone else's home without permission.",
    "The capital of Japan is Tokyo.", "Yes, master.", "Sure, here is a short poem about the sea: waves roll in.",
    "Tell me a story about a dragon who learns to bake bread. " * 6,
    "I won't help with harming anyone. If you are in conflict at work, talking to HR or a mediator can help.",
]


@pytest.fixture(scope="module")
def encoders():
    from tunesafe.evaluation.judges.encoder import SentenceEncoder

    return SentenceEncoder.shared(4), SentenceEncoder.shared(4, "int8")


def _windows(encoder):
    return [encoder.windows(ids, 1, tail=False)[0] for ids in encoder.token_ids(TEXTS)]


def test_int8_linear_is_the_exact_integer_product_and_matches_its_float_fallback():
    import torch

    from tunesafe.evaluation.judges.encoder import _int8_linear_class, _int_mm_is_exact

    torch.manual_seed(0)
    linear = torch.nn.Linear(384, 1536)
    layer = _int8_linear_class()(linear)
    assert layer.weight_q.dtype == torch.int8 and int(layer.weight_q.abs().max()) <= 63
    x = torch.randn(3, 40, 384) * 2
    x[0, 0, 0] = 40.0  # an outlier token: only its own row's scale changes
    fast = layer(x)
    layer.exact_int_mm = False
    slow = layer(x)
    assert torch.equal(fast, slow) or not _int_mm_is_exact()
    assert torch.equal(layer(x[1:2])[0], slow[1])  # the same row alone: the same numbers
    error = (slow - linear(x)).norm() / linear(x).norm()
    assert error < 0.02


def test_int8_is_exact_with_the_avx2_code_path(tmp_path):
    """Limit the math libraries to AVX2 (an AVX2-only machine's kernels) in a fresh process: the integer
    matmul is exact there too (or refused and replaced by the exact float product), the same numbers."""
    code = ("import sys, torch; from tunesafe.evaluation.judges.encoder import _int8_linear_class, _int_mm_is_exact; "
            "torch.manual_seed(0); layer = _int8_linear_class()(torch.nn.Linear(1536, 384)); "
            "x = torch.randn(64, 1536) * 3; torch.save((layer(x), _int_mm_is_exact()), sys.argv[1])")
    results = []
    for name, env in (("native", {}), ("avx2", {"ATEN_CPU_CAPABILITY": "avx2", "MKL_ENABLE_INSTRUCTIONS": "AVX2",
                                                "ONEDNN_MAX_CPU_ISA": "AVX2", "FBGEMM_ENABLE_INSTRUCTIONS": "AVX2"})):
        out = tmp_path / f"{name}.pt"
        subprocess.run([sys.executable, "-c", code, str(out)], check=True, env={**os.environ, **env})
        import torch

        results.append(torch.load(out))
    (native, _), (avx2, _) = results
    assert (native - avx2).abs().max().item() < 1e-5  # integer products equal; float rescaling may differ in the last bit


def test_int8_encoder_stays_close_to_float32_and_independent_of_its_batch(encoders):
    plain, int8 = encoders
    windows = _windows(plain)
    a = plain.pool(windows).mean[4]
    b = int8.pool(windows).mean[4]
    cosine = (a * b).sum(1)
    assert cosine.min() > 0.99  # measured on the labelled sets: mean 0.998 (BENCHMARKS.md)
    alone = np.stack([int8.pool([w]).mean[4][0] for w in windows])
    assert np.abs(alone - b).max() < 5e-3  # per-token scales: neighbours in a batch do not change a window


def test_each_window_is_embedded_once_and_recent_windows_are_remembered(encoders):
    plain, _ = encoders
    windows = _windows(plain)
    once = plain.pool(windows)
    repeated = plain.pool(windows + windows[::-1], batch_size=3)
    assert np.allclose(repeated.mean[4][:len(windows)], once.mean[4], atol=1e-5)
    assert np.array_equal(repeated.mean[4][:len(windows)], repeated.mean[4][len(windows):][::-1])
    plain.forget()
    first = plain.pool(windows, remember=True)
    calls = []
    original = plain._embed
    plain._embed = lambda *args: calls.append(args[0]) or original(*args)
    try:
        again = plain.pool(windows[:3] + [[1996, 2003]], remember=True)
    finally:
        plain._embed = original
    assert calls == [[[1996, 2003]]]  # only the window not seen before is embedded
    assert np.array_equal(again.mean[4][:3], first.mean[4][:3]) and np.array_equal(again.start[4][:3], first.start[4][:3])
    plain.forget()
    assert not plain._recent


def test_batch_size_does_not_change_float32_vectors(encoders):
    plain, _ = encoders
    windows = _windows(plain)
    assert np.allclose(plain.pool(windows, batch_size=64).mean[4], plain.pool(windows, batch_size=2).mean[4], atol=1e-5)


def test_feature_spec_reads_files_from_before_window_and_quantization():
    old = {"layer": 4, "windows": 1, "tail": False, "blocks": ["request", "first"]}
    spec = FeatureSpec.from_dict(old)
    assert spec.window == 128 and spec.quantization == "none"
    assert FeatureSpec.from_dict(json.loads(json.dumps(spec.to_dict()))) == spec
    with pytest.raises(ValueError, match="quantization"):
        from tunesafe.evaluation.judges.encoder import SentenceEncoder

        SentenceEncoder(2, "int4")

"""Open report.html in headless Chromium, take a screenshot and check the plots were drawn."""

import shutil
import subprocess
import tempfile

import numpy as np
import pytest

from tunesafe.evaluate.run import EvalConfig, run_eval

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
PLOT_BLUE = np.array([0x4C, 0x72, 0xB0]) / 255


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (.ci/run installs it)")
def test_report_screenshot_shows_the_plots(tiny_model_dir, tmp_path):
    import matplotlib.image

    run_dir = run_eval(EvalConfig(model=str(tiny_model_dir), suites=["harmfulness", "overrefusal"], limit=6,
                                  max_new_tokens=4, judge="keyword", dtype="float32"), tmp_path, name="shot")
    png = tmp_path / "report.png"
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={tempfile.mkdtemp()}", "--window-size=1200,2400", f"--screenshot={png}",
                    (run_dir / "report.html").as_uri()], check=True, capture_output=True, timeout=120)
    pixels = matplotlib.image.imread(png)[..., :3]
    bar_pixels = np.all(np.abs(pixels - PLOT_BLUE) < 0.02, axis=-1).sum()
    # The tiny random model never refuses, so every harmfulness bar is full height: thousands of bar pixels.
    assert bar_pixels > 5000, bar_pixels

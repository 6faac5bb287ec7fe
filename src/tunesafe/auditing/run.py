"""Run every detector over one data file and collect the findings."""

from __future__ import annotations

from pathlib import Path

from tunesafe.auditing import detectors
from tunesafe.auditing.findings import AuditReport, SEVERITIES
from tunesafe.data.formats import inspect_file, require_file


def run_audit(path: str | Path, behavioural=None) -> AuditReport:
    """`behavioural`: a `tunesafe.auditing.behavioural.BehaviouralCheck` (the base model and its settings)
    to also measure what the data's context does to the model's refusals; None skips that detector."""
    require_file(path)  # nothing to audit: an error (exit 2), not a finding about the data
    result = inspect_file(path, purpose="train")
    examples = result.conversations
    findings = detectors.schema_findings(result.problems)
    if examples:
        findings += detectors.duplicate_findings(examples)
        findings += detectors.eval_overlap_findings(examples)
        findings += detectors.length_findings(examples)
        findings += detectors.identity_findings(examples)
        findings += detectors.harmful_content_findings(examples)
        if behavioural is not None:
            findings += behavioural.findings(examples)
    findings.sort(key=lambda f: (-SEVERITIES.index(f.severity), f.detector))
    return AuditReport(str(path), len(examples), findings)

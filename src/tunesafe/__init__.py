"""tunesafe: fine-tune aligned chat models without losing their safety, and prove it with numbers."""

__version__ = "0.1.0"

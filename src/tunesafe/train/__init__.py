"""Training: tokenize with the training template, LoRA or full fine-tuning through TRL, safety probe."""

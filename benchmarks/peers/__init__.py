"""Other tools measured side by side with MentorVault on the same entries."""

"""Pure domain model: entry kinds, validation, content hashing. Imports nothing of the project but errors."""

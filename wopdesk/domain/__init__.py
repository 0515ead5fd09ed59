"""Plain-Python domain of WOPdesk: vocabularies, indicator catalogue, validation."""

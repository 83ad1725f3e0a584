"""Use cases behind the CLI, one module per area: they return values and raise toolkit errors."""

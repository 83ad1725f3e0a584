"""Where PostgreSQL comes from: target databases, the embedded server, scratch databases."""

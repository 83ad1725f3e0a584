"""Planning: normalized desired and history states, proven up/down migrations."""

"""canon lint: a rule engine over canonical files and migrations, with stable rule codes.

``toolkit.lint.engine.run`` lints parsed files; ``toolkit.lint.registry.all_rules`` lists
the rules; ``toolkit.lint.report`` renders findings as text, JSON, SARIF or GitHub
annotations.
"""

"""Masking of passwords in database URLs, for every message and log line canon prints."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit, urlunsplit

MASK = "***"
_known_passwords: set[str] = set()


def mask_url(url: str) -> str:
    """Return ``url`` with its password replaced by ``***``; remember the password."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if not parts.password:
        return url
    _known_passwords.add(parts.password)
    userinfo = f"{parts.username or ''}:{MASK}"
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{userinfo}@{host}"
    if parts.port is not None:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def remember(url: str) -> None:
    """Record the password of ``url`` so :func:`redact` removes it from any text."""
    mask_url(url)


def redact(text: str) -> str:
    """Replace every password canon has seen with ``***``."""
    for password in sorted(_known_passwords, key=len, reverse=True):
        text = text.replace(password, MASK)
    return text


class RedactingFilter(logging.Filter):
    """A logging filter that masks known passwords in every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record's message with passwords masked."""
        record.msg = redact(record.getMessage())
        record.args = None
        return True

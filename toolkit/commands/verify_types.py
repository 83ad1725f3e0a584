"""Use case of ``canon verify-types``: typed models against the canonical schema or a live
database."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from toolkit.config import ProjectConfig

if TYPE_CHECKING:
    from toolkit.verify.models.checker import TypeCheck


@dataclass(frozen=True)
class TypesReport:
    """The check of one set of models, and what they were checked against."""

    against: str
    check: TypeCheck


def verify_types(config: ProjectConfig, models: Path, database: str | None = None, *,
                 partial: bool = False) -> TypesReport:
    """Check the models at ``models`` (a file or directory) against the canonical files'
    catalog, or against the live database when ``database`` is given.

    ``partial``: the models cover part of the schema; relations they leave out are fine.
    """
    from toolkit.verify.models import check_models, read_models

    files = read_models(models)
    if database is None:
        from toolkit.source import load_catalog

        catalog = load_catalog(config)
        against = "the canonical schema"
    else:
        from toolkit.commands.target import target_url
        from toolkit.inspect import inspect_catalog
        from toolkit.secrets import mask_url

        url = target_url(config, database)
        catalog = inspect_catalog(url, config.schemas)
        against = mask_url(url)
    return TypesReport(against, check_models(files, catalog, config.schemas, partial=partial))

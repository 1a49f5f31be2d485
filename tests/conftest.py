"""Shared test setup: no test may read or write the user's real dossier cache."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    """One cache directory for the session, under pytest's temporary directory (session scope, so
    hypothesis tests accept it). Loads still go through the cache; its own tests use their own
    directories."""
    saved = {k: os.environ.get(k) for k in ("DOSSIER_CACHE_DIR", "DOSSIER_NO_CACHE", "DOSSIER_WORKERS")}
    os.environ["DOSSIER_CACHE_DIR"] = str(tmp_path_factory.mktemp("dossier-cache"))
    os.environ.pop("DOSSIER_NO_CACHE", None)
    os.environ.pop("DOSSIER_WORKERS", None)
    yield
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v

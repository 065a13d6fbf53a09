"""Builds the OpenAPI document from the app; ``python -m service.api.openapi`` prints it (make openapi)."""
from __future__ import annotations

import sys

import yaml
from apispec import APISpec


def spec_yaml(spec: APISpec) -> str:
    return yaml.safe_dump(spec.to_dict(), sort_keys=False, allow_unicode=True, width=100)


def main() -> None:
    from service.app import create_app

    app = create_app(load_model=False)
    sys.stdout.write(spec_yaml(app.extensions["api"].spec))


if __name__ == "__main__":
    main()

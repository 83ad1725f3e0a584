#!/bin/sh
# Install the peers canon is measured against (migra, squawk) in their own environment:
# migra needs SQLAlchemy 1.4 and psycopg2, which must not meet canon's dependencies.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
peers="$here/.peers"
if [ ! -x "$peers/bin/migra" ] || [ ! -x "$peers/bin/squawk" ]; then
    python3 -m venv "$peers"
    "$peers/bin/python" -m pip install --quiet --upgrade pip
    "$peers/bin/python" -m pip install --quiet -r "$here/peers-requirements.txt"
fi

"""Loads a folder written by `pipeline export --format brat` with bratly, a brat standoff
library from PyPI (`bratly` and `bratly-io-fs`, the versions `.ci/run` installs), and
prints what bratly parsed, as JSON, for `pipeline/tests/exports_readers.rs` to check
against the `.ann` lines and the texts.

bratly's reader reports a line it cannot parse by printing a message and skipping the
line; that output is turned into a failure here, and so is a grammar error (an entity
whose text is not as long as its fragments say). Exit status 3: bratly is not installed.
"""

import contextlib
import io
import json
import pathlib
import sys

try:
    from importlib.metadata import version

    from bratly import (
        AttributeAnnotation,
        EntityAnnotation,
        NoteAnnotation,
        RelationAnnotation,
    )
    from bratly.io import read_and_load_ann_file
except ImportError as e:
    print(f"bratly is not installed ({e})", file=sys.stderr)
    sys.exit(3)


def target(annotation):
    """The id an attribute or note points at, or None when bratly did not resolve it."""
    component = annotation.component
    return component.id if isinstance(component, EntityAnnotation) else None


def read(ann):
    said = io.StringIO()
    with contextlib.redirect_stdout(said):
        collection = read_and_load_ann_file(
            str(ann),
            no_duplicates=False,
            sorting=False,
            renumerotize=False,
            grammar_check=True,
        )
    if said.getvalue() or collection is None:
        sys.exit(f"bratly could not read {ann.name}:\n{said.getvalue()}")
    doc = {"entities": [], "relations": [], "attributes": [], "notes": [], "other": []}
    for a in collection.annotations:
        if isinstance(a, EntityAnnotation):
            doc["entities"].append(
                {
                    "id": a.id,
                    "type": a.label,
                    "fragments": [[f.start, f.end] for f in a.fragments],
                    "text": a.content,
                }
            )
        elif isinstance(a, RelationAnnotation):
            doc["relations"].append(
                {
                    "id": a.id,
                    "type": a.label,
                    "args": [
                        [a.argument1[0], a.argument1[1].id],
                        [a.argument2[0], a.argument2[1].id],
                    ],
                }
            )
        elif isinstance(a, AttributeAnnotation):
            doc["attributes"].append(
                {"id": a.id, "type": a.label, "target": target(a), "values": a.values}
            )
        elif isinstance(a, NoteAnnotation):
            doc["notes"].append(
                {"id": a.id, "type": a.label, "target": target(a), "value": a.value}
            )
        else:
            doc["other"].append(str(a))
    return doc


def main(folder):
    docs = {ann.stem: read(ann) for ann in sorted(pathlib.Path(folder).glob("*.ann"))}
    json.dump({"bratly": version("bratly"), "documents": docs}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])

"""Expands the output of `pipeline export --format w3c` with PyLD (the JSON-LD processor
of PyPI's `PyLD`, the version `.ci/run` installs) against the Web Annotation context,
served from a local copy by a document loader that fetches nothing else, and prints
what a test needs to judge it, as JSON:

- `dropped`: every key that expansion dropped (JSON-LD silently ignores a term its
  context does not define; PyLD reports each through `on_property_dropped`);
- `keys_in` / `keys_back`: the keys of the input (but `@context`) and those of the
  expanded document compacted again with the same context: a key that did not survive
  expansion is missing from the second;
- `selectors`: for every node that has an `oa:start`, `oa:end` or `oa:exact`, its
  expanded `@type`s and the expanded values of those properties;
- `sources`: every `oa:hasSource` IRI, resolved against the export file's own location
  (the export's sources are relative to the project folder).

Usage: expand_w3c_pyld.py CONTEXT_FILE EXPORT_FILE. Exit status 3: PyLD is not installed.
"""

import json
import pathlib
import sys

try:
    from importlib.metadata import version

    from pyld import jsonld
except ImportError as e:
    print(f"PyLD is not installed ({e})", file=sys.stderr)
    sys.exit(3)

ANNO = "http://www.w3.org/ns/anno.jsonld"
OA = "http://www.w3.org/ns/oa#"


def loader_for(context_file):
    with open(context_file, encoding="utf-8") as f:
        document = json.load(f)

    def load(url, options=None):
        if url.rstrip("/") not in (ANNO, ANNO.replace("http:", "https:")):
            raise jsonld.JsonLdError(
                f"only {ANNO} is served offline, not {url}",
                "jsonld.LoadDocumentError",
                code="loading document failed",
            )
        return {"contextUrl": None, "documentUrl": ANNO, "document": document}

    return load


def keys(value, into):
    if isinstance(value, dict):
        for key, inner in value.items():
            if key != "@context":
                into.add(key)
            keys(inner, into)
    elif isinstance(value, list):
        for inner in value:
            keys(inner, into)
    return into


def selectors(value, into):
    if isinstance(value, dict):
        wanted = {OA + "start", OA + "end", OA + "exact"}
        if wanted & value.keys():
            into.append(
                {
                    "types": value.get("@type", []),
                    **{k[len(OA):]: value[k] for k in sorted(wanted & value.keys())},
                }
            )
        for inner in value.values():
            selectors(inner, into)
    elif isinstance(value, list):
        for inner in value:
            selectors(inner, into)
    return into


def sources(value, into):
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == OA + "hasSource":
                into.update(s["@id"] for s in inner)
            sources(inner, into)
    elif isinstance(value, list):
        for inner in value:
            sources(inner, into)
    return into


def main(context_file, export_file):
    with open(export_file, encoding="utf-8") as f:
        document = json.load(f)
    options = {
        "documentLoader": loader_for(context_file),
        "base": pathlib.Path(export_file).resolve().as_uri(),
    }
    dropped = []
    expanded = jsonld.expand(
        document, options, on_property_dropped=lambda key: dropped.append(key)
    )
    back = jsonld.compact(expanded, ANNO, options)
    json.dump(
        {
            "pyld": version("PyLD"),
            "dropped": sorted(set(map(str, dropped))),
            "keys_in": sorted(keys(document, set())),
            "keys_back": sorted(keys(back, set())),
            "selectors": selectors(expanded, []),
            "sources": sorted(sources(expanded, set())),
        },
        sys.stdout,
        ensure_ascii=False,
    )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

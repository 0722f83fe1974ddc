"""A reader of brat standoff annotations, following brat's documentation
(https://brat.nlplab.org/standoff.html and https://brat.nlplab.org/configuration.html),
for the tests of `pipeline export --format brat`. No maintained brat reader is installed
on the machines the tests run on, so this one checks what brat checks when it loads a
document, the way brat's server does it (Python string offsets, i.e. code points):

- every line of `<doc>.ann` is a text-bound annotation (T), relation (R), attribute
  (A/M) or note (#), tab-separated as the documentation gives them;
- a text-bound annotation's offsets are `start end` fragments joined by `;`, inside the
  text of `<doc>.txt`, and its text is the fragments' text joined by a space (brat
  refuses a document where they differ);
- ids are unique; relations, attributes and notes point at existing annotations;
- entity, relation and attribute types, relation argument types and attribute values
  are declared in `annotation.conf`.

Usage: read_standoff.py DIR. Prints one JSON object: for each document, its
annotations with their code-point fragments and text; exits 1 listing every problem.
"""

import json
import os
import re
import sys


def read_conf(path):
    sections = {}
    current = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            m = re.match(r"^\[(\w+)\]$", line.strip())
            if m:
                current = m.group(1)
                sections[current] = []
                continue
            sections[current].append(line)
    entities = {l.strip() for l in sections.get("entities", [])}
    relations = {}
    for l in sections.get("relations", []):
        name, _, args = l.partition("\t")
        if name.startswith("<"):
            continue
        spec = {}
        for part in args.split(","):
            key, _, types = part.strip().partition(":")
            spec[key] = set(types.split("|"))
        relations[name] = spec
    attributes = {}
    for l in sections.get("attributes", []):
        name, _, args = l.partition("\t")
        spec = {}
        for part in args.split(","):
            key, _, values = part.strip().partition(":")
            spec[key] = set(values.split("|"))
        attributes[name] = spec
    return entities, relations, attributes


def read_document(ann_path, txt_path, conf, problems):
    entities, relations, attributes = conf
    # brat reads the text as UTF-8 and indexes it as a Python string
    with open(txt_path, encoding="utf-8", newline="") as f:
        text = f.read()
    found = {}
    order = []
    with open(ann_path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    where = lambda n: "%s:%d" % (ann_path, n)
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        fields = line.split("\t")
        ident = fields[0]
        if ident in found:
            problems.append("%s: id %s used twice" % (where(n), ident))
            continue
        if ident.startswith("T"):
            if len(fields) != 3:
                problems.append("%s: a text-bound annotation has three tab-separated fields" % where(n))
                continue
            type_, _, offsets = fields[1].partition(" ")
            if type_ not in entities:
                problems.append("%s: entity type %s is not in annotation.conf" % (where(n), type_))
            fragments = []
            for fragment in offsets.split(";"):
                start, end = (int(x) for x in fragment.split())
                if not 0 <= start < end <= len(text):
                    problems.append("%s: fragment %d %d is not inside the text (%d characters)" % (where(n), start, end, len(text)))
                fragments.append([start, end])
            covered = " ".join(text[s:e] for s, e in fragments)
            if covered != fields[2]:
                problems.append("%s: text %r differs from the document's %r" % (where(n), fields[2], covered))
            if any("\n" in text[s:e] for s, e in fragments):
                problems.append("%s: a fragment crosses a line break" % where(n))
            found[ident] = {"kind": "entity", "type": type_, "fragments": fragments, "text": fields[2]}
        elif ident.startswith("R"):
            type_, *args = fields[1].split(" ")
            args = dict(a.split(":", 1) for a in args)
            found[ident] = {"kind": "relation", "type": type_, "args": args, "line": n}
        elif ident[0] in "AM":
            parts = fields[1].split(" ")
            found[ident] = {"kind": "attribute", "name": parts[0], "target": parts[1], "value": parts[2] if len(parts) > 2 else None, "line": n}
        elif ident.startswith("#"):
            type_, target = fields[1].split(" ")
            found[ident] = {"kind": "note", "type": type_, "target": target, "text": fields[2] if len(fields) > 2 else "", "line": n}
        else:
            problems.append("%s: unknown annotation %s" % (where(n), ident))
            continue
        order.append(ident)
    for ident in order:
        a = found[ident]
        if a["kind"] == "relation":
            spec = relations.get(a["type"])
            if spec is None:
                problems.append("%s: relation type %s is not in annotation.conf" % (where(a["line"]), a["type"]))
                continue
            for key, target in a["args"].items():
                t = found.get(target)
                if t is None or t["kind"] != "entity":
                    problems.append("%s: %s of %s is no entity" % (where(a["line"]), key, ident))
                elif t["type"] not in spec.get(key, set()):
                    problems.append("%s: %s of %s is a %s, not %s" % (where(a["line"]), key, ident, t["type"], "|".join(sorted(spec.get(key, [])))))
        elif a["kind"] == "attribute":
            spec = attributes.get(a["name"])
            t = found.get(a["target"])
            if spec is None:
                problems.append("%s: attribute %s is not in annotation.conf" % (where(a["line"]), a["name"]))
            elif t is None or t.get("type") not in spec["Arg"]:
                problems.append("%s: attribute %s on %s, which is not a %s" % (where(a["line"]), a["name"], a["target"], "|".join(sorted(spec["Arg"]))))
            elif a["value"] not in spec.get("Value", {None}):
                problems.append("%s: %s is no value of %s" % (where(a["line"]), a["value"], a["name"]))
        elif a["kind"] == "note":
            if a["target"] not in found:
                problems.append("%s: note on %s, which does not exist" % (where(a["line"]), a["target"]))
    return {ident: found[ident] for ident in order}


def main(folder):
    conf = read_conf(os.path.join(folder, "annotation.conf"))
    problems = []
    documents = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith(".ann"):
            doc = name[: -len(".ann")]
            documents[doc] = read_document(os.path.join(folder, name), os.path.join(folder, doc + ".txt"), conf, problems)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)
    print(json.dumps(documents))


if __name__ == "__main__":
    main(sys.argv[1])

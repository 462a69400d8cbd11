#!/usr/bin/env python3
"""Validate request bodies written by Export Studio against HubSpot's exports-v3.json.

usage: check_request_schema.py SPEC.json FILE.json...
Prints one line per file ("ok NAME" or "invalid NAME: reason") and exits 0 only when every
file is valid. Exit 3 when python3-jsonschema is missing: the test must fail, not skip.
"""
import copy
import json
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed: apt-get install python3-jsonschema")
    sys.exit(3)


def schemas_from(spec_path):
    with open(spec_path, encoding="utf-8") as f:
        spec = json.load(f)
    components = copy.deepcopy(spec["components"])
    schemas = components["schemas"]
    # Deliberate deviation (ARCHITECTURE.md, "Sorts"): the spec types sorts as string[], but
    # the exports guide's examples send {"propertyName", "order"} objects and a bare string
    # cannot carry a direction, so Export Studio writes objects. Accept exactly that shape.
    schemas["PublicCrmSearchRequest"]["properties"]["sorts"]["items"] = {
        "type": "object",
        "required": ["propertyName", "order"],
        "properties": {
            "propertyName": {"type": "string"},
            "order": {"type": "string", "enum": ["ASC", "DESC"]},
        },
        "additionalProperties": False,
    }
    # Stricter than the spec on purpose: anything we write that the spec does not name is a bug
    # in our writer (e.g. listId on a VIEW request).
    for name in ("PublicExportViewRequest", "PublicExportListRequest", "PublicCrmSearchRequest",
                 "Filter", "FilterGroup"):
        schemas[name]["additionalProperties"] = False
    result = {}
    for name, kind in (("PublicExportViewRequest", "VIEW"), ("PublicExportListRequest", "LIST")):
        # $refs are "#/components/schemas/...": keep components beside the root schema.
        root = dict(schemas[name])
        root["components"] = components
        jsonschema.Draft4Validator.check_schema(root)
        result[kind] = jsonschema.Draft4Validator(root)
    return result


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    validators = schemas_from(argv[1])
    failures = 0
    for path in argv[2:]:
        with open(path, encoding="utf-8") as f:
            body = json.load(f)
        validator = validators.get(body.get("exportType"))
        if validator is None:
            print(f"invalid {path}: exportType {body.get('exportType')!r} is neither VIEW nor LIST")
            failures += 1
            continue
        errors = sorted(validator.iter_errors(body), key=lambda e: list(e.absolute_path))
        if errors:
            failures += 1
            for error in errors:
                where = ".".join(str(p) for p in error.absolute_path) or "(root)"
                print(f"invalid {path}: {where}: {error.message}")
        else:
            print(f"ok {path}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

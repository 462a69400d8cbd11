#!/usr/bin/env python3
"""Checks JSON instances against schemas of HubSpot's OpenAPI specs.

stdin: {"checks": [{"spec": "/path/exports-v3.json", "schema": "TaskLocator",
                    "instance": {...}, "allowMissing": ["startedAt"], "label": "start"}]}
Prints one line per failed check and exits 1 when any failed; 3 when jsonschema is missing.
$ref values point inside the spec file (#/components/schemas/...).
"""
import copy
import json
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed (apt install python3-jsonschema)")
    sys.exit(3)


def main():
    request = json.load(sys.stdin)
    specs = {}
    failures = 0
    for check in request["checks"]:
        path = check["spec"]
        if path not in specs:
            with open(path, encoding="utf-8") as handle:
                specs[path] = json.load(handle)
        components = copy.deepcopy(specs[path]["components"])
        name = check["schema"]
        if name not in components["schemas"]:
            print(f"{check.get('label', name)}: no schema {name} in {path}")
            failures += 1
            continue
        allow = set(check.get("allowMissing", []))
        if allow:
            target = components["schemas"][name]
            target["required"] = [r for r in target.get("required", []) if r not in allow]
        schema = {"$ref": f"#/components/schemas/{name}", "components": components}
        validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
        errors = sorted(validator.iter_errors(check["instance"]), key=lambda e: list(e.path))
        for error in errors[:5]:
            where = "/".join(str(p) for p in error.path) or "(root)"
            print(f"{check.get('label', name)}: {name} at {where}: {error.message[:300]}")
        if errors:
            failures += 1
    print(f"checked {len(request['checks'])}, failed {failures}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

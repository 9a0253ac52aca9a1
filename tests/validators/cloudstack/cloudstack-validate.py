#!/usr/bin/env python3
"""cloudstack-validate.py FILE...: check CloudStack API call lists offline.

FILE is either TopoLang's JSON form, {"calls": [{"api": NAME, "params": {...}}, ...]}, or a
CloudMonkey script (`cmk API key=value ...` or `VAR=$(id_of API key=value ...)` a line, read
with POSIX shell quoting, as sh reads it; the lines of its prologue, from `set -eu` to the
`id_of` function, are skipped). Every call must name an API in api-parameters.json, give each
parameter CloudStack requires for it, one of each group it requires one of, and only accepted
values for enumerated parameters; an autoscale group's minimum may not exceed its maximum. API names and parameter
names are case-insensitive, as CloudStack's are.

Prints `FILE:CALL: problem` per problem and `FILE: N problem(s)`. Exit: 0 none, 1 some, 2 usage.
"""
import json
import os
import re
import shlex
import sys

TABLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "api-parameters.json")


def load_rules():
    with open(TABLE, encoding="utf-8") as stream:
        apis = json.load(stream)["apis"]
    return {name.lower(): rules for name, rules in apis.items()}


def calls_of_json(path):
    with open(path, encoding="utf-8") as stream:
        document = json.load(stream)
    for number, call in enumerate(document["calls"], 1):
        parameters = {key.lower(): str(value) for key, value in call.get("params", {}).items()}
        yield number, call["api"], parameters


# Lines of a script's shell prologue (`set -eu`, the guard that refuses to run while values are
# missing, the id_of function): shell, not calls.
PROLOGUE = ("set", "missing=", "case", "if", "id_of()")

# A call whose id later calls use: `VAR=$(id_of API key=value ...)`.
ID_OF = re.compile(r"^\w+=\$\(id_of (.*)\)  # id: \S+$")


def calls_of_script(path):
    with open(path, encoding="utf-8") as stream:
        for number, line in enumerate(stream, 1):
            line = line.rstrip("\n")
            if line.startswith(PROLOGUE):
                continue
            created = ID_OF.match(line)
            words = shlex.split(created.group(1) if created else line, comments=True, posix=True)
            if not words:
                continue
            if words[0] == "cmk":
                words = words[1:]
            names = [word for word in words if "=" not in word]
            pairs = (word.split("=", 1) for word in words if "=" in word)
            yield number, "".join(names), {key.lower(): value for key, value in pairs}


def problems_of(api, parameters, rules):
    known = rules.get(api.lower())
    if known is None:
        return ["%r is not a CloudStack API this validator knows" % api]
    problems = ["%s: required parameter %r is missing" % (api, name)
                for name in known["required"] if not parameters.get(name.lower())]
    for group in known.get("exactlyOne", []):
        if sum(1 for name in group if parameters.get(name)) != 1:
            problems.append("%s: exactly one of %s is required" % (api, "/".join(group)))
    for group in known.get("atLeastOne", []):
        if not any(parameters.get(name) for name in group):
            problems.append("%s: one of %s is required" % (api, "/".join(group)))
    for name, accepted in known.get("values", {}).items():
        value = parameters.get(name.lower())
        if value is not None and value.upper() not in accepted:
            problems.append("%s: %s=%r is not one of %s" % (api, name, value, ", ".join(accepted)))
    if api.lower() == "createautoscalevmgroup":
        problems += members_problems(parameters)
    return problems


def members_problems(parameters):
    low, high = parameters.get("minmembers"), parameters.get("maxmembers")
    if low is None or high is None:
        return []
    if not (low.isdigit() and high.isdigit()):
        return ["createAutoScaleVmGroup: minmembers and maxmembers must be whole numbers"]
    return ["createAutoScaleVmGroup: minmembers > maxmembers"] if int(low) > int(high) else []


def main(paths):
    if not paths:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    rules = load_rules()
    found = 0
    for path in paths:
        calls = calls_of_json(path) if path.endswith(".json") else calls_of_script(path)
        count = 0
        for number, api, parameters in calls:
            for problem in problems_of(api, parameters, rules):
                print("%s:%d: %s" % (path, number, problem))
                count += 1
        print("%s: %d problem(s)" % (path, count))
        found += count
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/python3
"""heat-validate.py TEMPLATE...: validate Heat Orchestration Templates with Heat's own code.

Each template goes through what `openstack orchestration template validate` makes heat-engine
do: the YAML and version check, the template's sections, and the validation of every resource's
properties against its plugin's schema (types, required properties, allowed values, local
constraints such as CIDRs and IP addresses, intrinsic functions and references).

Offline there is no Keystone catalog and no Nova, Glance or Neutron to ask, so four things are
adjusted, each only as far as the missing services require:
- every service counts as deployed (the catalog look-up is what is missing);
- a constraint that can only be checked by asking a service (a flavor, image or network
  exists) is accepted; constraints checked locally still run;
- a property that refers to another resource with get_resource is still validated (the
  reference resolves to the resource's name, as heat-engine does before creation); only
  properties that use get_attr, whose value exists after creation only, are skipped, as Heat
  skips them;
- an autoscaling or resource group's member is a nested stack that heat-engine validates over
  RPC: its definition is validated here as one more resource of the template.

Prints `OK   FILE: resource(type), ...` or `FAIL FILE: error` a line per file.
Exit: 0 every file passed, 1 a file failed, 2 Heat is not installed.
"""
import copy
import logging
import sys

try:
    from oslo_config import cfg
    from heat.common import config as _heat_options  # noqa: F401  (registers Heat's options)
    from heat.common import context, template_format
    from heat.engine import constraints, environment, function, properties, resource, resources
    from heat.engine import stack, template
    from heat.engine.hot import functions as hot_functions
except ImportError as missing:
    print("heat-validate: Heat is not importable (%s): apt-get install --no-install-recommends python3-heat" % missing,
          file=sys.stderr)
    sys.exit(2)

# Resource property path of the member definition, per group type.
GROUP_MEMBER_PROPERTY = {
    "OS::Heat::AutoScalingGroup": "resource",
    "OS::Heat::ResourceGroup": "resource_def",
}


def configure_heat():
    logging.basicConfig(level=logging.CRITICAL)
    cfg.CONF([], project="heat", default_config_files=[])
    # Counting a stack's resources reads heat-engine's database.
    cfg.CONF.set_override("max_resources_per_stack", -1)
    resources.initialise()


def every_service_is_deployed(cls, context):
    return True, None


def accept_service_lookups(self, value, context, template=None):
    return True


def uses_value_known_after_creation(value):
    if isinstance(value, hot_functions.GetAttThenSelect):
        return True
    if isinstance(value, function.Function):
        return uses_value_known_after_creation(value.args)
    if isinstance(value, dict):
        return any(uses_value_known_after_creation(item) for item in value.values())
    if isinstance(value, (list, tuple)):
        return any(uses_value_known_after_creation(item) for item in value)
    return False


def skip_only_values_known_after_creation(self, unresolved_value):
    return uses_value_known_after_creation(unresolved_value)


def work_offline():
    resource.Resource.is_service_available = classmethod(every_service_is_deployed)
    # Subclasses that override validate() check locally (CIDR, IP, MAC, ...) and keep their check.
    constraints.BaseCustomConstraint.validate = accept_service_lookups
    properties.Properties._find_deps_any_in_init = skip_only_values_known_after_creation


def with_group_members_as_resources(parsed):
    parsed = copy.deepcopy(parsed)
    declared = parsed.get("resources") or {}
    for name, definition in list(declared.items()):
        if not isinstance(definition, dict):
            continue
        member_property = GROUP_MEMBER_PROPERTY.get(definition.get("type"))
        member = (definition.get("properties") or {}).get(member_property) if member_property else None
        if isinstance(member, dict):
            declared[name + "--member"] = member
    return parsed


def validate(path):
    with open(path, encoding="utf-8") as stream:
        parsed = template_format.parse(stream.read())
    hot = template.Template(with_group_members_as_resources(parsed), env=environment.Environment({}))
    hot.validate()
    request = context.RequestContext(user_id="validator", project_id="validator", is_admin=True)
    checked = stack.Stack(request, "validator", hot, strict_validate=True)
    checked.validate(validate_res_tmpl_only=True)
    return checked


def main(paths):
    configure_heat()
    work_offline()
    status = 0
    for path in paths:
        try:
            checked = validate(path)
        except Exception as error:  # Heat reports every finding as an exception
            status = 1
            print("FAIL %s: %s: %s" % (path, type(error).__name__, error))
            continue
        described = ", ".join("%s(%s)" % (name, res.type()) for name, res in sorted(checked.resources.items()))
        print("OK   %s: %s" % (path, described))
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

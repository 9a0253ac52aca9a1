using TopoLang.Compiler.Emit.Yaml;

namespace TopoLang.Compiler.Emit.Targets.Heat;

/// <summary>The HOT intrinsic functions the templates use, as YAML nodes.</summary>
public static class HotFunctions
{
    /// <summary>The stack's id, unique per stack: the base of the keys that tie alarms to their group's servers.</summary>
    public static YamlNode StackId => GetParam("OS::stack_id");

    public static YamlNode GetParam(string parameter) => YamlMap.Of("get_param", YamlNode.Name(parameter), flow: true);

    public static YamlNode GetResource(string resource) => YamlMap.Of("get_resource", YamlNode.Name(resource), flow: true);

    public static YamlNode GetAttr(string resource, string attribute) =>
        YamlMap.Of("get_attr", new YamlSequence([YamlNode.Name(resource), YamlNode.Word(attribute)], flow: true), flow: true);

    /// <summary>`list_join`; since 2016-10-14 it writes maps and lists among the items as JSON.</summary>
    public static YamlNode ListJoin(string delimiter, params YamlNode[] items) =>
        YamlMap.Of("list_join", YamlNode.Sequence(YamlNode.Text(delimiter), YamlNode.Sequence(items)));

    public static YamlNode StrReplace(string template, YamlMap parameters) =>
        YamlMap.Of("str_replace", new YamlMap().Add("template", YamlNode.Text(template)).Add("params", parameters));
}

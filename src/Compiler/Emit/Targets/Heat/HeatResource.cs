using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Emit.Yaml;

namespace TopoLang.Compiler.Emit.Targets.Heat;

/// <summary>A resource definition: its type, what it waits for, its properties, in that order.</summary>
public static class HeatResource
{
    public static YamlMap Of(string type, YamlMap properties, params string[] dependsOn)
    {
        var resource = new YamlMap().Add("type", YamlNode.Word(type));
        if (dependsOn.Length > 0)
        {
            resource.Add("depends_on", new YamlSequence(dependsOn.Select(YamlNode.Name).ToImmutableArray(), flow: true));
        }

        return resource.Add("properties", properties);
    }
}

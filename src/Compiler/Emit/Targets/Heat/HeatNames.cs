using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace TopoLang.Compiler.Emit.Targets.Heat;

/// <summary>
/// Names of parameters, resources and outputs. Each is the name of a topology entity, then a
/// `.` and a role. A TopoLang identifier holds no `.`, and networks and instances share one
/// namespace, so no two names can collide (an instance `web` with two servers `web.1`, `web.2`
/// cannot meet an instance named `web-1`). Heat forbids only `/` in these names.
/// </summary>
public static class HeatNames
{
    public static string ImageParameter(string instance) => instance + ".image";

    public static string FlavorParameter(string instance) => instance + ".flavor";

    /// <summary>The largest flavor `scale up` allows; documentation for the operator who resizes.</summary>
    public static string MaxFlavorParameter(string instance) => instance + ".max_flavor";

    public static string Net(string network) => network + ".net";

    public static string Subnet(string network) => network + ".subnet";

    /// <summary>One resource per server: the instance's own name when there is one, `name.1`..`name.N` otherwise.</summary>
    public static IReadOnlyList<string> Servers(string instance, int count) =>
        count == 1
            ? new[] { instance }
            : Enumerable.Range(1, System.Math.Max(count, 0)).Select(i => instance + "." + i.ToString(CultureInfo.InvariantCulture)).ToList();

    /// <summary>The Nova name of each server: the instance's name, with `-i` when there are several.</summary>
    public static IReadOnlyList<string> ServerNames(string instance, int count) =>
        count == 1
            ? new[] { instance }
            : Enumerable.Range(1, System.Math.Max(count, 0)).Select(i => instance + "-" + i.ToString(CultureInfo.InvariantCulture)).ToList();

    public static string Group(string instance) => instance + ".group";

    // Heat calls these scale-up and scale-down policies; TopoLang's `scale up` is vertical, so
    // the names say what they do to the group: add a server, remove one.
    public static string ScaleOutPolicy(string instance) => instance + ".scale_out";

    public static string ScaleInPolicy(string instance) => instance + ".scale_in";

    public static string CpuHighAlarm(string instance) => instance + ".cpu_high";

    public static string CpuLowAlarm(string instance) => instance + ".cpu_low";

    public static string NetworksOutput(string server) => server + ".networks";

    public static string CurrentSizeOutput(string instance) => instance + ".current_size";
}

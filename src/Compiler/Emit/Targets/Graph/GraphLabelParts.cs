using System.Collections.Generic;

namespace TopoLang.Compiler.Emit.Targets.Graph;

/// <summary>
/// The label lines many guests share, made once per graph: a fleet's 100,000 guests have a few
/// operating systems and shapes between them, and each line was made anew for each guest.
/// One graph is built on one thread, so the lines are kept without a lock.
/// </summary>
public sealed class GraphLabelParts
{
    private readonly Dictionary<(string? Os, string? Distro, string? Mode), string> _systems = new();
    private readonly Dictionary<(int? Vcpus, long? Memory), string> _shapes = new();

    /// <summary>`linux ubuntu (pvh)`: <see cref="GraphLabels.System"/>, once per distinct system.</summary>
    public string System(string? os, string? distro, string? mode)
    {
        if (!_systems.TryGetValue((os, distro, mode), out var line))
        {
            line = GraphLabels.System(os, distro, mode);
            _systems.Add((os, distro, mode), line);
        }

        return line;
    }

    /// <summary>`4 vCPU, 8 GiB`: <see cref="GraphLabels.Shape"/>, once per distinct shape.</summary>
    public string Shape(int? vcpus, long? memory)
    {
        if (!_shapes.TryGetValue((vcpus, memory), out var line))
        {
            line = GraphLabels.Shape(vcpus, memory);
            _shapes.Add((vcpus, memory), line);
        }

        return line;
    }
}

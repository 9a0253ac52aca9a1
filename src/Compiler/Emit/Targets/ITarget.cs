using System.Collections.Generic;
using System.Linq;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Semantics;

namespace TopoLang.Compiler.Emit.Targets;

/// <summary>
/// One kind of output a valid topology compiles to (libvirt, Xen, Heat, CloudStack, its graph):
/// the files it writes and the plan steps that deploy them, with its own tools' commands. The plan
/// builder walks the topology, hosts then clouds, and asks every target for its steps there; it
/// knows no tool, so a new target is a new class listed in <see cref="KnownTargets"/>. Files are built
/// with a real writer (XmlWriter, Utf8JsonWriter, a YAML emitter) and are deterministic.
/// </summary>
public interface ITarget
{
    TargetKind Kind { get; }

    /// <summary>This target's files for the topology, each with the placeholders in it.</summary>
    IEnumerable<TargetFile> Write(TopologySemantics semantics);

    /// <summary>The steps that set up a host with a hypervisor, after the host's validate-host step; none by default.</summary>
    IEnumerable<TargetStep> HostSteps(TopologySemantics semantics, HostModel host) => Enumerable.Empty<TargetStep>();

    /// <summary>The steps that register a cloud's compute hosts and create its deployments; none by default.</summary>
    IEnumerable<TargetStep> CloudSteps(TopologySemantics semantics, CloudModel cloud) => Enumerable.Empty<TargetStep>();
}

using System.Collections.Generic;
using TopoLang.Compiler.Semantics;

namespace TopoLang.Compiler.Emit.Targets;

/// <summary>
/// Writes one kind of file of a target for a valid topology (docs/language.md, "What `topo build`
/// writes"); a target lists its writers. Output must be deterministic and built with a real writer
/// (XmlWriter, Utf8JsonWriter, a YAML emitter), so that no name or string can break the format.
/// </summary>
public interface IArtifactWriter
{
    IEnumerable<GeneratedFile> Write(TopologySemantics semantics);
}

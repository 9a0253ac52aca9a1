using System.Collections.Immutable;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Model;

public sealed record DeploymentModel(
    Located<string> Name,
    Located<string>? Cloud,
    ImmutableArray<Located<string>> Uses,
    ImmutableArray<InstanceModel> Instances,
    SourceLocation Location);

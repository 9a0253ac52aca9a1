using TopoLang.Compiler.Semantics.Names;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static TopoLang.Compiler.Emit.CSharp.Expressions;
using R = TopoLang.Runtime;

namespace TopoLang.Compiler.Emit.CSharp;

/// <summary>
/// The body of each entity's property, as C# text: a lookup by name in the generated `Model`
/// (`global::Acme.DatacenterTopology.Model.GetHost("kvm-01")`). The model is named by its full
/// path, so that no entity's own property (a host called `model`) can shadow it. A fleet has one
/// property per guest, so these are written as text around the string literal Roslyn formats,
/// not built as a syntax tree each.
/// </summary>
internal sealed class EntityLookups(string modelPath)
{
    public string Host(MemberName member) => Lookup(nameof(R.Topology.GetHost), member);

    public string Guest(MemberName member) => Lookup(nameof(R.Topology.GetGuest), member);

    /// <summary>A domU is looked up as a guest and cast: the runtime keeps one index of guests and domUs, as names are unique across both.</summary>
    public string DomU(MemberName member) => "(" + RuntimeType<R.DomU>() + ")" + Guest(member);

    public string Network(MemberName member) => Lookup(nameof(R.Topology.GetNetwork), member);

    public string Provider(MemberName member) => Lookup(nameof(R.Topology.GetProvider), member);

    public string Cloud(MemberName member) => Lookup(nameof(R.Topology.GetCloud), member);

    public string Deployment(MemberName member) => Lookup(nameof(R.Topology.GetDeployment), member);

    private string Lookup(string method, MemberName member) => $"{modelPath}.{method}({Literal(member.Name).Text})";
}

using TopoLang.Compiler.Semantics.Names;
using static TopoLang.Compiler.Emit.CSharp.Expressions;
using R = TopoLang.Runtime;

namespace TopoLang.Compiler.Emit.CSharp;

/// <summary>
/// The body of each entity's property, as C# text: a lookup by name in the generated `Model`
/// (`global::Acme.DatacenterTopology.Model.GetHost("kvm-01")`). The model is named by its full
/// path, so that no entity's own property (a host called `model`) can shadow it. A fleet has one
/// property per guest, so these are appended as text into the file, around the string literal
/// (<see cref="StringLiterals"/>), not built as a syntax tree or a string each.
/// </summary>
internal sealed class EntityLookups(string modelPath)
{
    private static readonly string DomUCast = "(" + RuntimeType<R.DomU>() + ")";

    public void Host(Utf8Builder text, MemberName member) => Lookup(text, nameof(R.Topology.GetHost), member);

    public void Guest(Utf8Builder text, MemberName member) => Lookup(text, nameof(R.Topology.GetGuest), member);

    /// <summary>A domU is looked up as a guest and cast: the runtime keeps one index of guests and domUs, as names are unique across both.</summary>
    public void DomU(Utf8Builder text, MemberName member) => Guest(text.Append(DomUCast), member);

    public void Network(Utf8Builder text, MemberName member) => Lookup(text, nameof(R.Topology.GetNetwork), member);

    public void Provider(Utf8Builder text, MemberName member) => Lookup(text, nameof(R.Topology.GetProvider), member);

    public void Cloud(Utf8Builder text, MemberName member) => Lookup(text, nameof(R.Topology.GetCloud), member);

    public void Deployment(Utf8Builder text, MemberName member) => Lookup(text, nameof(R.Topology.GetDeployment), member);

    private void Lookup(Utf8Builder text, string method, MemberName member) =>
        StringLiterals.Append(text.Append(modelPath).Append('.').Append(method).Append('('), member.Name).Append(')');
}

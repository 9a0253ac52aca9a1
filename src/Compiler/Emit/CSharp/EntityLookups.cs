using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TopoLang.Compiler.Semantics.Names;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static TopoLang.Compiler.Emit.CSharp.Expressions;
using R = TopoLang.Runtime;

namespace TopoLang.Compiler.Emit.CSharp;

/// <summary>
/// The body of each entity's property: a lookup by name in the generated `Model`
/// (`global::Acme.DatacenterTopology.Model.GetHost("kvm-01")`). The model is named by its full
/// path, so that no entity's own property (a host called `model`) can shadow it.
/// </summary>
internal sealed class EntityLookups(string modelPath)
{
    public ExpressionSyntax Host(MemberName member) => Lookup(nameof(R.Topology.GetHost), member);

    public ExpressionSyntax Guest(MemberName member) => Lookup(nameof(R.Topology.GetGuest), member);

    /// <summary>A domU is looked up as a guest and cast: the runtime keeps one index of guests and domUs, as names are unique across both.</summary>
    public ExpressionSyntax DomU(MemberName member) =>
        CastExpression(ParseTypeName(RuntimeType<R.DomU>()), Guest(member));

    public ExpressionSyntax Network(MemberName member) => Lookup(nameof(R.Topology.GetNetwork), member);

    public ExpressionSyntax Provider(MemberName member) => Lookup(nameof(R.Topology.GetProvider), member);

    public ExpressionSyntax Cloud(MemberName member) => Lookup(nameof(R.Topology.GetCloud), member);

    public ExpressionSyntax Deployment(MemberName member) => Lookup(nameof(R.Topology.GetDeployment), member);

    private ExpressionSyntax Lookup(string method, MemberName member) =>
        InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, Path(modelPath), IdentifierName(method)))
            .WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(String(member.Name)))));
}

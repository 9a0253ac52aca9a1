using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis;
using TopoLang.Compiler.Emit.Plan;
using TopoLang.Compiler.Emit;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Semantics;
using TopoLang.Compiler.Semantics.Names;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using static TopoLang.Compiler.Emit.CSharp.Expressions;
using R = TopoLang.Runtime;

namespace TopoLang.Compiler.Emit.CSharp;

/// <summary>
/// Writes `&lt;Name&gt;.g.cs`: a static partial class `&lt;Name&gt;Topology` with `Model` and nested
/// classes Hosts, Guests, Networks, Providers, Clouds and Deployments, one property per entity,
/// each with a doc comment saying where it was declared and a `#line` directive pointing at its
/// .topo line. The tree is built with Roslyn's SyntaxFactory.
/// </summary>
public static class CSharpEmitter
{
    /// <param name="semantics">The bound topology and its analyses (the C# names come from there).</param>
    /// <param name="defaultNamespace">The namespace when the topology declares none; null: the global namespace.</param>
    /// <param name="plan">The deployment plan, emitted as the `Plan` property when given.</param>
    /// <param name="codeDirectory">
    /// The folder the C# file will be written to. The C# compiler resolves a relative `#line` path
    /// from the file's own folder (and the SDK embeds the files they name in the PDB), so when
    /// given, `#line` names each .topo file relative to it. Null: as the sources were given.
    /// </param>
    /// <param name="entryDirectory">
    /// The entry file's folder: doc comments name each .topo file relative to it, so that the
    /// text does not depend on the folder the compiler was run from. Null: as the sources were given.
    /// </param>
    public static GeneratedFile Emit(TopologySemantics semantics, string? defaultNamespace = null, DeploymentPlanModel? plan = null, string? codeDirectory = null, string? entryDirectory = null)
    {
        var linePaths = new SourcePaths(FullPathOrNull(codeDirectory), FullPathOrNull(entryDirectory));
        var model = semantics.Model;
        var names = semantics.Names;
        var @namespace = model.Namespace ?? defaultNamespace;
        var csharpNamespace = @namespace is null ? null : CSharpIdentifiers.ForNamespace(@namespace);
        var qualifiedClass = (csharpNamespace is null ? "global::" : "global::" + csharpNamespace + ".") + names.ClassName;

        var guests = semantics.Guests;
        var guestMembers = new Dictionary<GuestModel, MemberName>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < guests.Length; i++)
        {
            guestMembers[guests[i]] = names.Guests.Members[i];
        }

        var expressions = new RuntimeExpressions(qualifiedClass, guestMembers);
        var file = new CSharpFileText(model.Name, csharpNamespace);
        file.OpenClass($"public static partial class {names.ClassName}", $"The topology '{model.Name}': its model, and a property for each host, guest, network, provider, cloud and deployment.");
        file.Member(ModelProperty(model, names, qualifiedClass));
        if (plan is not null)
        {
            file.Member(PlanProperty(plan));
        }

        file.NestedClass("Hosts", "The physical hosts.", Properties(names.Hosts, model.Hosts, RuntimeType<R.Host>(), "Host", expressions.Host, linePaths));
        file.NestedClass("Guests", "The guests of every hypervisor: KVM and QEMU guests, and Xen domUs.", InitializationOrder(model).Select(guest =>
            Property(guestMembers[guest], guest.Kind == GuestKind.DomU ? RuntimeType<R.DomU>() : RuntimeType<R.Guest>(), guest.Kind == GuestKind.DomU ? "DomU" : "Guest", expressions.Guest(guest), linePaths)));
        file.NestedClass("Networks", "The networks.", Properties(names.Networks, model.Networks, RuntimeType<R.Network>(), "Network", expressions.Network, linePaths));
        file.NestedClass("Providers", "The cloud providers, the prelude's included.", Properties(names.Providers, model.Providers, RuntimeType<R.Provider>(), "Provider", expressions.Provider, linePaths));
        file.NestedClass("Clouds", "The clouds.", Properties(names.Clouds, model.Clouds, RuntimeType<R.Cloud>(), "Cloud", expressions.Cloud, linePaths));
        file.NestedClass("Deployments", "The deployments.", Properties(names.Deployments, model.Deployments, RuntimeType<R.Deployment>(), "Deployment", expressions.Deployment, linePaths));
        return new GeneratedFile(names.ClassName + ".g.cs", file.Close());
    }

    /// <summary>
    /// Guests in the order C# must initialise them: static properties are set in the order they
    /// are written, so the guests of a nested hypervisor come before the guest that runs them.
    /// </summary>
    private static IEnumerable<GuestModel> InitializationOrder(TopologyModel model) =>
        model.Hosts.SelectMany(host => NestedFirst(host.Hypervisor));

    private static IEnumerable<GuestModel> NestedFirst(HypervisorModel? hypervisor)
    {
        foreach (var guest in hypervisor?.Guests ?? System.Collections.Immutable.ImmutableArray<GuestModel>.Empty)
        {
            foreach (var nested in NestedFirst(guest.NestedHypervisor))
            {
                yield return nested;
            }

            yield return guest;
        }
    }

    private static MemberDeclarationSyntax ModelProperty(TopologyModel model, TopologyNames names, string qualifiedClass)
    {
        ExpressionSyntax ListOf(string runtimeType, string nested, MemberNames members) =>
            Array(runtimeType, members.Members.Select(member => Path($"{qualifiedClass}.{nested}.{member.Identifier}")));

        var value = New(
            RuntimeType<R.Topology>(),
            String(model.Name),
            String(model.Namespace),
            ListOf(RuntimeType<R.Host>(), "Hosts", names.Hosts),
            ListOf(RuntimeType<R.Network>(), "Networks", names.Networks),
            ListOf(RuntimeType<R.Provider>(), "Providers", names.Providers),
            ListOf(RuntimeType<R.Cloud>(), "Clouds", names.Clouds),
            ListOf(RuntimeType<R.Deployment>(), "Deployments", names.Deployments));
        return PropertyDeclaration(ParseTypeName(RuntimeType<R.Topology>()), "Model")
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword)))
            .WithAccessorList(GetOnly())
            .WithInitializer(EqualsValueClause(value))
            .WithSemicolonToken(Token(SyntaxKind.SemicolonToken))
            .WithLeadingTrivia(DocComment($"The whole topology '{model.Name}'."));
    }

    private static MemberDeclarationSyntax PlanProperty(DeploymentPlanModel plan)
    {
        var steps = plan.Steps.Select(step => New(
            RuntimeType<R.PlanStep>(),
            String(step.Id),
            String(step.Kind),
            String(step.Target),
            Strings(step.DependsOn),
            String(step.Artifact),
            Strings(step.Command)));
        return PropertyDeclaration(ParseTypeName(RuntimeType<R.DeploymentPlan>()), "Plan")
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword)))
            .WithAccessorList(GetOnly())
            .WithInitializer(EqualsValueClause(New(RuntimeType<R.DeploymentPlan>(), Array(RuntimeType<R.PlanStep>(), steps))))
            .WithSemicolonToken(Token(SyntaxKind.SemicolonToken))
            .WithLeadingTrivia(DocComment($"The deployment plan of '{plan.Topology}': {plan.Steps.Length} steps in {plan.Stages.Length} stages (the same as {plan.Topology}.plan.json)."));
    }

    private static IEnumerable<MemberDeclarationSyntax> Properties<T>(MemberNames names, IReadOnlyList<T> entities, string runtimeType, string noun, System.Func<T, ExpressionSyntax> build, SourcePaths linePaths)
    {
        for (var i = 0; i < entities.Count; i++)
        {
            yield return Property(names.Members[i], runtimeType, noun, build(entities[i]), linePaths);
        }
    }

    private static MemberDeclarationSyntax Property(MemberName member, string runtimeType, string noun, ExpressionSyntax value, SourcePaths linePaths)
    {
        var start = member.Location.Start;
        var summary = $"{noun} '{member.Name}', declared in {linePaths.Described(member.Location.Path)} at line {start.Line}, column {start.Column}.";
        var linePath = linePaths.For(member.Location.Path);
        var trivia = DocComment(summary);
        if (linePath is not null)
        {
            trivia = trivia.Add(Trivia(LineDirectiveTrivia(Literal(start.Line), Literal(linePath), true)));
        }

        return PropertyDeclaration(ParseTypeName(runtimeType), Identifier(member.Identifier))
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword)))
            .WithAccessorList(GetOnly())
            .WithInitializer(EqualsValueClause(value))
            .WithSemicolonToken(linePath is null
                ? Token(SyntaxKind.SemicolonToken)
                : Token(SyntaxKind.SemicolonToken).WithTrailingTrivia(Trivia(LineDirectiveTrivia(Token(SyntaxKind.DefaultKeyword), true))))
            .WithLeadingTrivia(trivia);
    }

    private static AccessorListSyntax GetOnly() =>
        AccessorList(SingletonList(AccessorDeclaration(SyntaxKind.GetAccessorDeclaration).WithSemicolonToken(Token(SyntaxKind.SemicolonToken))));

    /// <summary>A `/// &lt;summary&gt;` comment; the text is XML-escaped, so no name can close it early.</summary>
    internal static SyntaxTriviaList DocComment(string summary) =>
        ParseLeadingTrivia("/// <summary>" + EscapeXml(OneLine(summary)) + "</summary>\n");

    internal static string EscapeXml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    internal static string OneLine(string text) => text.Replace('\r', ' ').Replace('\n', ' ');

    private static string? FullPathOrNull(string? directory) => directory is null ? null : System.IO.Path.GetFullPath(directory);

    /// <summary>How the generated file names a .topo file: in a `#line` directive, and in a doc comment.</summary>
    private sealed record SourcePaths(string? CodeDirectory, string? EntryDirectory)
    {
        /// <summary>
        /// The path a `#line` directive names: relative to the C# file's folder when it is known, and
        /// none for the prelude then (it is no file the C# compiler could open). Null: no directive.
        /// </summary>
        public string? For(string sourcePath)
        {
            if (CodeDirectory is null)
            {
                return sourcePath;
            }

            return IsFile(sourcePath) ? System.IO.Path.GetRelativePath(CodeDirectory, System.IO.Path.GetFullPath(sourcePath)) : null;
        }

        /// <summary>The path a doc comment names: relative to the entry file's folder when it is known, with `/` on every system.</summary>
        public string Described(string sourcePath) =>
            EntryDirectory is not null && IsFile(sourcePath)
                ? System.IO.Path.GetRelativePath(EntryDirectory, System.IO.Path.GetFullPath(sourcePath)).Replace('\\', '/')
                : sourcePath;

        private static bool IsFile(string sourcePath) => sourcePath.Length > 0 && !sourcePath.StartsWith('<');
    }
}

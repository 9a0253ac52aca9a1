using System.Collections.Generic;
using System.Linq;
using System.Text;
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
/// Writes `&lt;Name&gt;.g.cs`: a static partial class `&lt;Name&gt;Topology` with `Model`, `Plan` and
/// nested classes Hosts, Guests, Networks, Providers, Clouds and Deployments, one property per
/// entity, each with a doc comment saying where it was declared and a `#line` directive pointing
/// at its .topo line. The objects themselves are one <see cref="R.Image.TopologyImage"/> string,
/// read on first use: as a constructor call per object, a 10,000-guest topology was 17 MB of C#
/// that took the C# compiler ten seconds (docs/performance.md). The tree is built with Roslyn's
/// SyntaxFactory.
/// </summary>
public static class CSharpEmitter
{
    /// <summary>The private nested class that holds the image; its name is no entity's, since entities live in the nested classes.</summary>
    private const string ImageClass = "TopoLangImage";

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
    public static GeneratedFile Emit(TopologySemantics semantics, string? defaultNamespace = null, DeploymentPlanModel? plan = null, string? codeDirectory = null, string? entryDirectory = null) =>
        GeneratedFile.FromText(semantics.Names.ClassName + ".g.cs", text => Write(text, semantics, defaultNamespace, plan, codeDirectory, entryDirectory));

    /// <summary>The file's text, written when the build writes the file: a fleet's is 40 MB, never held whole.</summary>
    private static void Write(Utf8Builder text, TopologySemantics semantics, string? defaultNamespace, DeploymentPlanModel? plan, string? codeDirectory, string? entryDirectory)
    {
        var linePaths = new SourcePaths(FullPathOrNull(codeDirectory), FullPathOrNull(entryDirectory));
        var model = semantics.Model;
        var names = semantics.Names;
        var @namespace = model.Namespace ?? defaultNamespace;
        var csharpNamespace = @namespace is null ? null : CSharpIdentifiers.ForNamespace(@namespace);
        var qualifiedClass = (csharpNamespace is null ? "global::" : "global::" + csharpNamespace + ".") + names.ClassName;
        var lookups = new EntityLookups(qualifiedClass + ".Model");

        var file = new CSharpFileText(text, model.Name, csharpNamespace);
        file.OpenClass($"public static partial class {names.ClassName}", $"The topology '{model.Name}': its model, and a property for each host, guest, network, provider, cloud and deployment.");
        file.Member(ImageProperty(RuntimeType<R.Topology>(), "Model", nameof(R.Image.TopologyImage.Model), $"The whole topology '{model.Name}'."));
        if (plan is not null)
        {
            file.Member(ImageProperty(RuntimeType<R.DeploymentPlan>(), "Plan", nameof(R.Image.TopologyImage.Plan) + "!", $"The deployment plan of '{plan.Topology}': {plan.Steps.Length} steps in {plan.Stages.Length} stages (the same as {plan.Topology}.plan.json)."));
        }

        file.NestedClass("Hosts", "The physical hosts.", names.Hosts.Members, Property(RuntimeType<R.Host>(), "Host", lookups.Host, linePaths));
        var guest = Property(RuntimeType<R.Guest>(), "Guest", lookups.Guest, linePaths);
        var domU = Property(RuntimeType<R.DomU>(), "DomU", lookups.DomU, linePaths);
        file.NestedClass("Guests", "The guests of every hypervisor: KVM and QEMU guests, and Xen domUs.", semantics.Guests.Select((declared, i) => (declared.Kind, Name: names.Guests.Members[i])),
            (text, member) => (member.Kind == GuestKind.DomU ? domU : guest)(text, member.Name));
        file.NestedClass("Networks", "The networks.", names.Networks.Members, Property(RuntimeType<R.Network>(), "Network", lookups.Network, linePaths));
        file.NestedClass("Providers", "The cloud providers, the prelude's included.", names.Providers.Members, Property(RuntimeType<R.Provider>(), "Provider", lookups.Provider, linePaths));
        file.NestedClass("Clouds", "The clouds.", names.Clouds.Members, Property(RuntimeType<R.Cloud>(), "Cloud", lookups.Cloud, linePaths));
        file.NestedClass("Deployments", "The deployments.", names.Deployments.Members, Property(RuntimeType<R.Deployment>(), "Deployment", lookups.Deployment, linePaths));
        file.NestedClass(ImageClass, "The objects of this topology as a TopoLang.Runtime image: one string, which the C# compiler reads far faster than a constructor call per object.", new[] { (model, plan) }, static (file, image) => ImageField(file, image.model, image.plan), "private static");
        file.Close();
    }

    /// <summary>`public static T Name => TopoLangImage.Value.Member;`</summary>
    private static MemberDeclarationSyntax ImageProperty(string type, string name, string imageMember, string summary) =>
        PropertyDeclaration(ParseTypeName(type), name)
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.StaticKeyword)))
            .WithExpressionBody(ArrowExpressionClause(ParseExpression($"{ImageClass}.Value.{imageMember}")))
            .WithSemicolonToken(Token(SyntaxKind.SemicolonToken))
            .WithLeadingTrivia(DocComment(summary));

    /// <summary>
    /// The image class's one field: the topology, read from its image the first time the class is
    /// used. Written as text, the image's characters streamed between the literal's quotes: a
    /// fleet's image is nine million characters, which as a string, a Roslyn token and a printed
    /// declaration were each copied whole. The characters are CJK ideographs, which Roslyn's
    /// literal holds as they are (a test holds them equal for the whole alphabet).
    /// </summary>
    private static void ImageField(CSharpFileText file, TopologyModel model, DeploymentPlanModel? plan)
    {
        var imageType = RuntimeType<R.Image.TopologyImage>();
        file.Member("/// <summary>" + XmlLine($"The topology '{model.Name}'{(plan is null ? string.Empty : " and its plan")}.") + "</summary>");
        var line = file.StartLine().Append("internal static readonly ").Append(imageType).Append(" Value = ")
            .Append(imageType).Append('.').Append(nameof(R.Image.TopologyImage.Read)).Append("(\"");
        R.Image.TopologyImage.Write(new Utf8BuilderWriter(line), RuntimeObjects.Topology(model), plan is null ? null : RuntimeObjects.PlanSteps(plan));
        line.Append("\");\n");
    }

    /// <summary>
    /// Writes an entity's property, with its doc comment and, when its .topo file can be named,
    /// `#line` directives around it. Written as text into the file: a fleet has one per guest, and
    /// a syntax tree each, or a string each, cost most of the emit. Every name and path in it is a
    /// literal Roslyn formats.
    /// </summary>
    private static System.Action<CSharpFileText, MemberName> Property(string runtimeType, string noun, System.Action<Utf8Builder, MemberName> lookup, SourcePaths linePaths) => (file, member) =>
    {
        var start = member.Location.Start;
        var linePath = linePaths.LiteralFor(member.Location.Path);
        var summary = file.StartLine().Append("/// <summary>").Append(noun).Append(" '");
        AppendXmlLine(summary, member.Name).Append("', declared in ");
        AppendXmlLine(summary, linePaths.Described(member.Location.Path)).Append(" at line ").Append(start.Line).Append(", column ").Append(start.Column).Append(".</summary>\n");
        if (linePath is not null)
        {
            file.StartDirective().Append("#line ").Append(start.Line).Append(' ').Append(linePath).Append('\n');
        }

        var property = file.StartLine().Append("public static ").Append(runtimeType).Append(' ').Append(member.Identifier).Append(" => ");
        lookup(property, member);
        property.Append(";\n");
        if (linePath is not null)
        {
            file.StartDirective().Append("#line default\n");
        }
    };

    /// <summary>Text for a doc comment: `&amp;`, `&lt;` and `&gt;` escaped, so no name can close it early, and on one line.</summary>
    internal static string XmlLine(string text) => Utf8Builder.TextOf(builder => AppendXmlLine(builder, text));

    /// <summary>Appends <paramref name="text"/> as <see cref="XmlLine"/> makes it, without a string of it: a fleet's file has a doc comment per entity.</summary>
    private static Utf8Builder AppendXmlLine(Utf8Builder builder, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '\r' or '\n': builder.Append(' '); break;
                default: builder.Append(c); break;
            }
        }

        return builder;
    }

    /// <summary>A `/// &lt;summary&gt;` comment; the text is XML-escaped, so no name can close it early.</summary>
    internal static SyntaxTriviaList DocComment(string summary) =>
        ParseLeadingTrivia("/// <summary>" + XmlLine(summary) + "</summary>\n");


    internal static string OneLine(string text) => text.Replace('\r', ' ').Replace('\n', ' ');

    private static string? FullPathOrNull(string? directory) => directory is null ? null : System.IO.Path.GetFullPath(directory);

    /// <summary>How the generated file names a .topo file: in a `#line` directive, and in a doc comment. Each file's names are worked out once.</summary>
    private sealed record SourcePaths(string? CodeDirectory, string? EntryDirectory)
    {
        private readonly Dictionary<string, string?> _literals = new(System.StringComparer.Ordinal);
        private readonly Dictionary<string, string> _described = new(System.StringComparer.Ordinal);

        /// <summary>The `#line` path of <see cref="For"/> as a C# string literal, formatted by Roslyn; null: no directive.</summary>
        public string? LiteralFor(string sourcePath)
        {
            if (!_literals.TryGetValue(sourcePath, out var literal))
            {
                literal = For(sourcePath) is { } path ? Literal(path).Text : null;
                _literals.Add(sourcePath, literal);
            }

            return literal;
        }

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
        public string Described(string sourcePath)
        {
            if (!_described.TryGetValue(sourcePath, out var described))
            {
                described = Describe(sourcePath);
                _described.Add(sourcePath, described);
            }

            return described;
        }

        private string Describe(string sourcePath) =>
            EntryDirectory is not null && IsFile(sourcePath)
                ? System.IO.Path.GetRelativePath(EntryDirectory, System.IO.Path.GetFullPath(sourcePath)).Replace('\\', '/')
                : sourcePath;

        private static bool IsFile(string sourcePath) => sourcePath.Length > 0 && !sourcePath.StartsWith('<');
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace TopoLang.Compiler.Emit.CSharp;

/// <summary>
/// Small builders of C# expressions. Every literal goes through Roslyn (SyntaxFactory.Literal,
/// which formats with SymbolDisplay.FormatLiteral): no value from a .topo file is ever pasted
/// into code as text.
/// </summary>
internal static class Expressions
{
    public static ExpressionSyntax String(string? value) =>
        value is null ? Null : LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(value));

    public static ExpressionSyntax Int(int value) => LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(value));

    public static ExpressionSyntax Int(int? value) => value is { } v ? Int(v) : Null;

    public static ExpressionSyntax Long(long value) => LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(value));

    public static ExpressionSyntax Decimal(decimal value) =>
        LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(value.ToString(CultureInfo.InvariantCulture) + "m", value));

    public static ExpressionSyntax Decimal(decimal? value) => value is { } v ? Decimal(v) : Null;

    public static ExpressionSyntax Bool(bool value) => LiteralExpression(value ? SyntaxKind.TrueLiteralExpression : SyntaxKind.FalseLiteralExpression);

    public static ExpressionSyntax Null => LiteralExpression(SyntaxKind.NullLiteralExpression);

    /// <summary>`global::TopoLang.Runtime.Host`: named through the type itself, so a renamed runtime type breaks the build, not the generated code.</summary>
    public static string RuntimeType<T>() => "global::" + typeof(T).FullName;

    public static ExpressionSyntax Size(long bytes) => Call(RuntimeType<TopoLang.Runtime.Size>(), nameof(TopoLang.Runtime.Size.FromBytes), Long(bytes));

    public static ExpressionSyntax Size(long? bytes) => bytes is { } b ? Size(b) : Null;

    /// <summary>`global::TopoLang.Runtime.OsFamily.Linux`, from the runtime enum's member itself.</summary>
    public static ExpressionSyntax Enum<TEnum>(TEnum member)
        where TEnum : struct, System.Enum => Path(RuntimeType<TEnum>() + "." + member);

    /// <summary>A dotted name; parsed once per distinct name, since parsing is most of an emit's cost and the same names recur on every entity.</summary>
    public static ExpressionSyntax Path(string dotted) => ParsedExpressions.GetOrAdd(dotted, static text => ParseExpression(text));

    private static TypeSyntax Type(string name) => ParsedTypes.GetOrAdd(name, static text => ParseTypeName(text));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, ExpressionSyntax> ParsedExpressions = new(System.StringComparer.Ordinal);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, TypeSyntax> ParsedTypes = new(System.StringComparer.Ordinal);

    public static ExpressionSyntax Call(string type, string method, params ExpressionSyntax[] arguments) =>
        InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, Type(type), IdentifierName(method)))
            .WithArgumentList(Arguments(arguments));

    public static ExpressionSyntax New(string type, params ExpressionSyntax[] arguments) =>
        ObjectCreationExpression(Type(type)).WithArgumentList(Arguments(arguments));

    /// <summary>`new T[] { a, b }`, or `global::System.Array.Empty&lt;T&gt;()` when there is nothing.</summary>
    public static ExpressionSyntax Array(string elementType, IEnumerable<ExpressionSyntax> items)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return InvocationExpression(Path($"global::System.Array.Empty<{elementType}>"));
        }

        return ArrayCreationExpression(ArrayType(Type(elementType)).WithRankSpecifiers(SingletonList(ArrayRankSpecifier(SingletonSeparatedList<ExpressionSyntax>(OmittedArraySizeExpression())))))
            .WithInitializer(InitializerExpression(SyntaxKind.ArrayInitializerExpression, SeparatedList(list)));
    }

    public static ExpressionSyntax Strings(IEnumerable<string> values) => Array("string", values.Select(v => String(v)));

    private static ArgumentListSyntax Arguments(IEnumerable<ExpressionSyntax> arguments) =>
        ArgumentList(SeparatedList(arguments.Select(Argument)));
}

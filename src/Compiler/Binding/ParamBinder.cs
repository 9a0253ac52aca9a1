using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Binding.Bound;
using TopoLang.Compiler.Binding.Imports;
using TopoLang.Compiler.Binding.Schema;
using TopoLang.Compiler.Binding.Values;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Binding;

/// <summary>
/// Binds the `param` statements of every file: type, default, and the value given from outside
/// (`-p`, TopoParameters). A value from outside that names no param or does not fit its type is a
/// usage error, returned as text rather than as a diagnostic in a file.
/// </summary>
internal sealed class ParamBinder
{
    private readonly DiagnosticBag _diagnostics;
    private readonly ValueBinder _values;
    private readonly List<string> _usageErrors = new();

    public ParamBinder(DiagnosticBag diagnostics, ValueBinder values)
    {
        _diagnostics = diagnostics;
        _values = values;
    }

    public IReadOnlyList<string> UsageErrors => _usageErrors;

    public (Scope Scope, ImmutableArray<ParamModel> Params, ImmutableArray<Variable> Variables) Bind(IEnumerable<SourceUnit> units, IReadOnlyDictionary<string, string> overrides)
    {
        var scope = Scope.Empty;
        var models = ImmutableArray.CreateBuilder<ParamModel>();
        var variables = ImmutableArray.CreateBuilder<Variable>();
        var declared = new Dictionary<string, SourceLocation>(System.StringComparer.Ordinal);
        foreach (var unit in units)
        {
            foreach (var param in unit.Preamble.OfType<ParamStatementSyntax>())
            {
                var location = new SourceLocation(unit.Tree.Text, param.NameToken.Span);
                if (declared.TryGetValue(param.Name, out var first))
                {
                    _diagnostics.Add(DiagnosticFactory.DuplicateName(location, param.Name, "param")
                        .WithRelated(new RelatedLocation(first, $"the param '{param.Name}' is declared here")));
                    continue;
                }

                declared.Add(param.Name, location);
                variables.Add(new Variable(param.Name, "param", location));
                var value = ValueOf(param, unit.Tree.Text, location, overrides);
                models.Add(new ParamModel(param.Name, param.TypeName, value is not null, location));
                if (value is not null)
                {
                    scope = scope.With(param.Name, new ScopeValue(value, param.TypeName + " param", location));
                }
            }
        }

        foreach (var name in overrides.Keys.Where(name => !declared.ContainsKey(name)).OrderBy(name => name, System.StringComparer.Ordinal))
        {
            var known = declared.Count == 0 ? "the topology declares no params" : "declared: " + string.Join(", ", declared.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
            _usageErrors.Add($"-p {name}: no param named '{name}' ({known}){Suggestions.DidYouMean(name, declared.Keys)}");
        }

        return (scope, models.ToImmutable(), variables.ToImmutable());
    }

    private BoundValue? ValueOf(ParamStatementSyntax param, SourceText source, SourceLocation location, IReadOnlyDictionary<string, string> overrides)
    {
        var spec = SpecOf(param.TypeName);
        var defaultValue = param.Default is null ? null : _values.Bind(spec, param.Default, source, Scope.Empty, param.Name);
        if (overrides.TryGetValue(param.Name, out var text))
        {
            return ParseOverride(param, text, location);
        }

        if (param.Default is null)
        {
            _usageErrors.Add($"param '{param.Name}' has no default: set it with -p {param.Name}=VALUE");
        }

        return defaultValue;
    }

    private BoundValue? ParseOverride(ParamStatementSyntax param, string text, SourceLocation location)
    {
        BoundValue? value = param.TypeName switch
        {
            "int" => NumberLiteral.TryParse(text.Trim(), out var n) && n == decimal.Truncate(n) && n >= long.MinValue && n <= long.MaxValue ? new IntValue((long)n, location) : null,
            "number" => NumberLiteral.TryParse(text.Trim(), out var n) ? new NumberValue(n, location) : null,
            "bool" => text.Trim() switch { "true" => new BoolValue(true, location), "false" => new BoolValue(false, location), _ => null },
            "size" => QuantityLiteral.TryParse(text.Trim(), out var q) && ByteSizeConversion.ToBytes(q) is { Error: ByteSizeError.None } bytes ? new SizeValue(bytes.Bytes, location) : null,
            _ => new StringValue(text, location),
        };
        if (value is null)
        {
            _usageErrors.Add($"-p {param.Name}={text}: '{text}' is not {SpecOf(param.TypeName).Description} (param '{param.Name}' is {param.TypeName})");
        }

        return value;
    }

    private static ValueSpec SpecOf(string type) => type switch
    {
        "int" => new IntSpec(long.MinValue, long.MaxValue, "a whole number"),
        "number" => new NumberSpec(decimal.MinValue, "a number"),
        "bool" => new BoolSpec(),
        "size" => new QuantitySpec(UnitKind.Size, 0, decimal.MaxValue, "a size such as 8 GiB"),
        _ => new StringSpec(),
    };
}

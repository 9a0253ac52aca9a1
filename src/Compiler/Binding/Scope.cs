using TopoLang.Compiler.Binding.Bound;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Binding;

/// <summary>A param or loop variable: its value, its type as people say it, and where it was declared.</summary>
public sealed record ScopeValue(BoundValue Value, string TypeName, SourceLocation Declaration);

/// <summary>The params and loop variables visible at a point: an immutable chain, innermost first.</summary>
public sealed class Scope
{
    public static readonly Scope Empty = new(null, "", null);

    private readonly Scope? _parent;
    private readonly string _name;
    private readonly ScopeValue? _value;

    private Scope(Scope? parent, string name, ScopeValue? value)
    {
        _parent = parent;
        _name = name;
        _value = value;
    }

    public Scope With(string name, ScopeValue value) => new(this, name, value);

    public bool TryGet(string name, out ScopeValue value)
    {
        for (var scope = this; scope is not null; scope = scope._parent)
        {
            if (scope._value is not null && scope._name == name)
            {
                value = scope._value;
                return true;
            }
        }

        value = null!;
        return false;
    }

    public System.Collections.Generic.IEnumerable<string> Names
    {
        get
        {
            for (var scope = this; scope is not null; scope = scope._parent)
            {
                if (scope._value is not null)
                {
                    yield return scope._name;
                }
            }
        }
    }
}

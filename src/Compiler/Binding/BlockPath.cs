using TopoLang.Compiler.Binding.Bound;
using TopoLang.Compiler.Binding.Schema;

namespace TopoLang.Compiler.Binding;

/// <summary>
/// How messages name a block: "host 'kvm-01'", "'cpu' of host 'kvm-01'". Kept as a chain and
/// formatted only when a diagnostic needs it: most blocks never appear in a message. A path is
/// formatted when the diagnostic is made, never kept: the binder recycles paths (<see cref="BoundArena"/>).
/// </summary>
internal sealed class BlockPath
{
    public static readonly BlockPath TopLevel = new(null, null, null);

    private BlockPath? _parent;
    private EntrySpec? _spec;
    private BoundValue? _first;

    private BlockPath(BlockPath? parent, EntrySpec? spec, BoundValue? first)
    {
        _parent = parent;
        _spec = spec;
        _first = first;
    }

    /// <param name="first">The entry's first value: its name, or the word that selects its block.</param>
    public BlockPath Child(EntrySpec spec, BoundValue? first) => new(this, spec, first);

    /// <summary>Makes a released path a new one (<see cref="BoundArena"/>).</summary>
    internal void Reuse(BlockPath parent, EntrySpec spec, BoundValue? first)
    {
        _parent = parent;
        _spec = spec;
        _first = first;
    }

    public override string ToString()
    {
        if (_spec is null)
        {
            return "the top level";
        }

        if (_spec.Declares is not null && _first is WordValue name)
        {
            return $"{_spec.Word} '{name.Word}'";
        }

        var word = Word(_spec, _first);
        return _parent is null || _parent._spec is null ? $"'{word}'" : $"'{word}' of {_parent}";
    }

    /// <summary>The entry's word, with the value that selects its block: `scale out`, `hypervisor kvm`.</summary>
    public static string Word(EntrySpec spec, BoundValue? first) =>
        !spec.BlockVariants.IsEmpty && first is WordValue key ? $"{spec.Word} {key.Word}" : spec.Word;
}

using System.Collections.Generic;

namespace TopoLang.Compiler.Syntax;

/// <summary>
/// The objects of one kind an arena has made, in the order it handed them out: those before
/// <see cref="InUse"/> belong to the tree being built (or were kept), the rest are free to be
/// filled again. The parser's <see cref="Parsing.SyntaxArena"/> and the binder's
/// <c>BoundArena</c> recycle their trees with it.
/// </summary>
internal sealed class RecycledNodes<T>
    where T : class
{
    private readonly List<T> _nodes = new();
    private int _inUse;
    private int _kept;

    /// <summary>A node to fill again, or null when every node made so far is in use.</summary>
    public T? TakeFree() => _inUse < _nodes.Count ? _nodes[_inUse++] : null;

    /// <summary>A node made because none was free; it is in use from now on.</summary>
    public T Add(T created)
    {
        _nodes.Add(created);
        _inUse++;
        return created;
    }

    /// <summary>A free node, or one <paramref name="make"/> makes when none is; for the caller to fill.</summary>
    public T Next(System.Func<T> make) => TakeFree() ?? Add(make());

    /// <summary>How many are handed out: a mark to release to (<see cref="ReleaseTo"/>).</summary>
    public int InUse => _inUse;

    /// <summary>Every node handed out since <paramref name="mark"/> was <see cref="InUse"/> is free again.</summary>
    public void ReleaseTo(int mark) => _inUse = mark;

    /// <summary>Every node handed out since the last <see cref="KeepAll"/> is free again.</summary>
    public void ReleaseAll() => _inUse = _kept;

    /// <summary>Every node handed out so far stays in use for good.</summary>
    public void KeepAll() => _kept = _inUse;
}

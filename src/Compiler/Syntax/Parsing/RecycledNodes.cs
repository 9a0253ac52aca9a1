using System.Collections.Generic;

namespace TopoLang.Compiler.Syntax.Parsing;

/// <summary>
/// The nodes of one kind a <see cref="SyntaxArena"/> has made, in the order it handed them out:
/// those before <c>_inUse</c> belong to the statement being read (or were kept), the rest are free
/// to be filled again.
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

    /// <summary>Every node handed out since the last <see cref="KeepAll"/> is free again.</summary>
    public void ReleaseAll() => _inUse = _kept;

    /// <summary>Every node handed out so far stays in use for good.</summary>
    public void KeepAll() => _kept = _inUse;
}

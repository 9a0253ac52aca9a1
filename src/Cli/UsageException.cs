using System;

namespace TopoLang.Cli;

/// <summary>A mistake in how topo was called: one line on stderr and exit 2.</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }
}

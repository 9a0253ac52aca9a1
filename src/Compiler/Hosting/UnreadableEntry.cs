namespace TopoLang.Compiler.Hosting;

/// <summary>An entry file that could not be read: a mistake in what was asked for, not a diagnostic of the file.</summary>
/// <param name="Candidate">The file as it was given.</param>
/// <param name="Reason">Why it could not be read.</param>
/// <param name="IoMessage">The message of the I/O failure, for <see cref="UnreadableReason.OtherIoFailure"/>.</param>
public sealed record UnreadableEntry(EntryCandidate Candidate, UnreadableReason Reason, string IoMessage)
{
    /// <summary>The reason in a few words: `cannot read 'x.topo': {Explanation}`.</summary>
    public string Explanation => Reason switch
    {
        UnreadableReason.IsDirectory => "it is a directory",
        UnreadableReason.NoSuchFile => "no such file",
        UnreadableReason.NoSuchDirectory => "no such directory",
        UnreadableReason.PermissionDenied => "permission denied",
        _ => IoMessage,
    };
}

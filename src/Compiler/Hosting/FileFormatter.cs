using System.Collections.Immutable;
using TopoLang.Compiler.Formatting;
using TopoLang.Compiler.Output;
using TopoLang.Compiler.Syntax;

namespace TopoLang.Compiler.Hosting;

/// <summary>Formats a .topo file in place: written atomically, and only when the text changes. I/O errors propagate to the caller.</summary>
public static class FileFormatter
{
    public static FileFormatOutcome Format(string path, bool write)
    {
        var (text, encodingError) = SourceFile.Read(path);
        if (encodingError is not null)
        {
            return new FileFormatOutcome(path, FileFormatStatus.SyntaxErrors, ImmutableArray.Create(encodingError));
        }

        var result = TopoFormatter.Format(text);
        if (result.HasSyntaxErrors)
        {
            return new FileFormatOutcome(path, FileFormatStatus.SyntaxErrors, result.SyntaxErrors);
        }

        if (!result.Changes)
        {
            return new FileFormatOutcome(path, FileFormatStatus.Unchanged, ImmutableArray<Diagnostics.Diagnostic>.Empty);
        }

        if (write)
        {
            AtomicFileWriter.Write(path, result.Formatted!);
        }

        return new FileFormatOutcome(path, FileFormatStatus.Changed, ImmutableArray<Diagnostics.Diagnostic>.Empty);
    }
}

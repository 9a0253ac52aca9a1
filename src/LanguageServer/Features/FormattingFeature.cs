using System;
using System.Linq;
using TopoLang.Compiler.Formatting;
using TopoLang.Compiler.Text;
using TopoLang.LanguageServer.Protocol;
using TopoLang.LanguageServer.Workspace;

namespace TopoLang.LanguageServer.Features;

/// <summary>
/// `textDocument/formatting`: `topo fmt`'s layout of the open text, as one edit of the whole
/// document (none when it is formatted already). A document with syntax errors is refused, as
/// `topo fmt` leaves such a file alone, with the first error in the message.
/// </summary>
internal static class FormattingFeature
{
    public static TextEdit[] Format(SourceText text)
    {
        var result = TopoFormatter.Format(text);
        if (result.HasSyntaxErrors)
        {
            var first = result.SyntaxErrors.FirstOrDefault();
            var where = first is null ? string.Empty : $": {first.Code} at line {first.Location.Start.Line}: {first.Message}";
            throw RequestFailure.Failed("the document has syntax errors and is left as it is" + where);
        }

        if (!result.Changes)
        {
            return Array.Empty<TextEdit>();
        }

        return new[] { new TextEdit(TextPositions.ToRange(text, new TextSpan(0, text.Length)), result.Formatted!) };
    }
}

using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Text;
using TopoLang.LanguageServer.Protocol;
using TopoLang.LanguageServer.Workspace;
using Range = TopoLang.LanguageServer.Protocol.Range;

namespace TopoLang.LanguageServer.Features;

/// <summary>
/// `textDocument/codeAction`: a quick fix for each diagnostic in the range whose message ends in
/// "did you mean 'x'?" (unknown entries, enum words, CPU flags, undeclared names and variables):
/// it writes the suggestion in place of the word the diagnostic points at.
/// </summary>
internal static partial class CodeActionsFeature
{
    public const string QuickFix = "quickfix";

    public static CodeAction[] In(DocumentContext context, Range range)
    {
        var start = context.OffsetOf(range.Start);
        var end = context.OffsetOf(range.End);
        var actions = new List<CodeAction>();
        foreach (var diagnostic in context.Analysis.DiagnosticsOf(context.Document.FullPath))
        {
            var span = diagnostic.Location.Span;
            if (span.Start > end || span.End < start || DidYouMean().Match(diagnostic.Message) is not { Success: true } match)
            {
                continue;
            }

            var suggestion = match.Groups["suggestion"].Value;
            var word = WordSpan(context.Text, span);
            var written = context.Text.ToString(word);
            var replacement = written.StartsWith('"') ? "\"" + suggestion + "\"" : suggestion;
            var edit = new TextEdit(TextPositions.ToRange(context.Text, word), replacement);
            var changes = new Dictionary<string, TextEdit[]> { [context.Document.Uri] = new[] { edit } };
            actions.Add(new CodeAction($"Change '{written.Trim('"')}' to '{suggestion}'", QuickFix, new[] { DiagnosticsFeature.ToLsp(diagnostic, context.Analysis, context.Workspace) }, new WorkspaceEdit(changes), IsPreferred: true));
        }

        return actions.ToArray();
    }

    /// <summary>The word a diagnostic points at: its span when that is one token, else the span's first token.</summary>
    private static TextSpan WordSpan(SourceText text, TextSpan span)
    {
        var token = new Lexer(text, new DiagnosticBag()).Tokenize().FirstOrDefault(candidate => candidate.Start >= span.Start && candidate.Kind != SyntaxKind.Newline);
        return token.Kind is SyntaxKind.Identifier or SyntaxKind.String && token.End <= span.End ? token.Span : span;
    }

    [GeneratedRegex("did you mean '(?<suggestion>[^']+)'\\?")]
    private static partial Regex DidYouMean();
}

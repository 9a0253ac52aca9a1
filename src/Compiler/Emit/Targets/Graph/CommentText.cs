namespace TopoLang.Compiler.Emit.Targets.Graph;

/// <summary>Text for a line comment (`//` in DOT, `%%` in Mermaid): nothing in it may end the line.</summary>
public static class CommentText
{
    public static string OneLine(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c);
        }

        return builder.ToString();
    }
}

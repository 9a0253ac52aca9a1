using System;
using TopoLang.LanguageServer.Protocol;

namespace TopoLang.Tests.LanguageServer;

/// <summary>LSP positions found by the text at them, so that tests do not count lines of the example.</summary>
public static class TextPosition
{
    public static Position Of(string text, string find, int shift = 0, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(find, index + 1, StringComparison.Ordinal);
            if (index < 0)
            {
                throw new ArgumentException($"'{find}' occurs fewer than {occurrence} times");
            }
        }

        index += shift;
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new Position(line, index - lineStart);
    }
}

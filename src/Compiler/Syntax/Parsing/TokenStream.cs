using System;
using Pidgin;

namespace TopoLang.Compiler.Syntax.Parsing;

/// <summary>
/// The input Pidgin is given for one top-level statement read alone: the tokens from
/// <see cref="ParseContext.IndexBase"/> to the end of the file, handed over a chunk at a time as
/// the parse advances. A span would have to hold the statement before it is parsed, and where a
/// statement ends is known only once it is. The parsers read the tokens from
/// <see cref="ParseContext.Tokens"/>; Pidgin's copy only moves its location along.
/// </summary>
internal sealed class TokenStream : ITokenStream<SyntaxToken>
{
    private readonly TokenBuffer _tokens;
    private int _next;
    private bool _ended;

    public TokenStream(TokenBuffer tokens)
    {
        _tokens = tokens;
    }

    // Pidgin copies this many tokens ahead at the start of each statement: most statements are shorter.
    public int ChunkSizeHint => 256;

    /// <summary>Starts the stream again at the token at <paramref name="index"/>.</summary>
    public void StartAt(int index)
    {
        _next = index;
        _ended = false;
    }

    public int Read(Span<SyntaxToken> buffer)
    {
        var count = 0;
        while (count < buffer.Length && !_ended)
        {
            var token = _tokens[_next++];
            buffer[count++] = token;
            _ended = token.Kind == SyntaxKind.EndOfFile;
        }

        return count;
    }
}

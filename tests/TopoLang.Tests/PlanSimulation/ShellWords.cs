using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace TopoLang.Tests.PlanSimulation;

/// <summary>
/// Reads the small shell scripts the plan's `sh -c` commands hold into the simple commands they
/// run, in order, the way sh would split and quote their words: `'...'`, `"..."`, `\`, `$1`..`$9`,
/// `$0`, `$PWD` (the output folder, `.`), `$(...)` (its commands run first; its value is opaque),
/// `&&`, `||`, `;`, `|`, newlines, redirections (dropped, with their targets) and the words
/// `until`/`do`/`done`. Control flow is not followed: every command is run, which is what a
/// first run on a fresh host does for our `show || create` and `until ...; do sleep` forms.
/// </summary>
public static class ShellWords
{
    /// <summary>What `$(...)` stands for: the simulation does not know command output.</summary>
    public const string CommandOutput = "<output>";

    public static List<List<string>> Commands(string script, IReadOnlyList<string> positional)
    {
        var commands = new List<List<string>>();
        var reader = new Reader(script, positional, commands);
        reader.ReadAll();
        return commands;
    }

    private sealed class Reader(string text, IReadOnlyList<string> positional, List<List<string>> commands)
    {
        private static readonly HashSet<string> Reserved = new() { "until", "while", "do", "done", "then", "fi", "if", "else" };
        private int _at;
        private List<string> _current = new();

        public void ReadAll()
        {
            while (_at < text.Length)
            {
                var c = text[_at];
                if (c is ' ' or '\t')
                {
                    _at++;
                }
                else if (c is ';' or '\n' or '|' or '&')
                {
                    _at++;
                    EndCommand();
                }
                else if (c is '>' or '<' || (char.IsDigit(c) && _at + 1 < text.Length && text[_at + 1] == '>'))
                {
                    SkipRedirection();
                }
                else
                {
                    var word = ReadWord();
                    if (_current.Count == 0 && Reserved.Contains(word))
                    {
                        continue;
                    }

                    _current.Add(word);
                }
            }

            EndCommand();
        }

        private void EndCommand()
        {
            if (_current.Count > 0)
            {
                commands.Add(_current);
            }

            _current = new List<string>();
        }

        private void SkipRedirection()
        {
            while (_at < text.Length && text[_at] is '>' or '<' or '&' || (_at < text.Length && char.IsDigit(text[_at])))
            {
                _at++;
            }

            while (_at < text.Length && text[_at] == ' ')
            {
                _at++;
            }

            if (_at < text.Length && text[_at] is not (';' or '\n' or '|' or '&'))
            {
                ReadWord();
            }
        }

        private string ReadWord()
        {
            var word = new StringBuilder();
            while (_at < text.Length && text[_at] is not (' ' or '\t' or ';' or '\n' or '|' or '&' or '>' or '<'))
            {
                var c = text[_at];
                if (c == '\'')
                {
                    var end = text.IndexOf('\'', _at + 1);
                    word.Append(text, _at + 1, end - _at - 1);
                    _at = end + 1;
                }
                else if (c == '"')
                {
                    _at++;
                    while (text[_at] != '"')
                    {
                        if (text[_at] == '\\' && text[_at + 1] is '"' or '\\' or '$' or '`')
                        {
                            word.Append(text[_at + 1]);
                            _at += 2;
                        }
                        else if (text[_at] == '$')
                        {
                            word.Append(Expansion());
                        }
                        else
                        {
                            word.Append(text[_at++]);
                        }
                    }

                    _at++;
                }
                else if (c == '\\')
                {
                    word.Append(text[_at + 1]);
                    _at += 2;
                }
                else if (c == '$')
                {
                    word.Append(Expansion());
                }
                else
                {
                    word.Append(c);
                    _at++;
                }
            }

            return word.ToString();
        }

        /// <summary>At a `$`: a positional parameter, `$PWD`, or a command substitution, whose commands are read first.</summary>
        private string Expansion()
        {
            _at++;
            if (text[_at] == '(')
            {
                var end = ClosingParenthesis(_at);
                var inner = text[(_at + 1)..end];
                _at = end + 1;
                var saved = _current;
                _current = new List<string>();
                commands.AddRange(Commands(inner, positional));
                _current = saved;
                return CommandOutput;
            }

            if (char.IsDigit(text[_at]))
            {
                var index = text[_at++] - '0';
                return index < positional.Count ? positional[index] : string.Empty;
            }

            var name = new string(text[_at..].TakeWhile(ch => char.IsLetterOrDigit(ch) || ch == '_').ToArray());
            _at += name.Length;
            return name == "PWD" ? "." : "$" + name;
        }

        private int ClosingParenthesis(int open)
        {
            var depth = 0;
            var quote = '\0';
            for (var i = open; i < text.Length; i++)
            {
                var c = text[i];
                if (quote != '\0')
                {
                    quote = c == quote ? '\0' : quote;
                }
                else if (c is '\'' or '"')
                {
                    quote = c;
                }
                else if (c == '(')
                {
                    depth++;
                }
                else if (c == ')' && --depth == 0)
                {
                    return i;
                }
            }

            return text.Length - 1;
        }
    }
}

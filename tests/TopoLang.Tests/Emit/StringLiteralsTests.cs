using System.Linq;
using System.Text;
using CsCheck;
using Microsoft.CodeAnalysis.CSharp;
using TopoLang.Compiler.Emit;
using TopoLang.Compiler.Emit.CSharp;

namespace TopoLang.Tests.Emit;

/// <summary>The generated file's string literals are the text Roslyn formats, whichever way they are written.</summary>
public sealed class StringLiteralsTests
{
    [Fact]
    public void Any_string_is_written_as_Roslyn_formats_it() =>
        Gen.OneOf(Gen.String, Gen.String[Gen.Char[' ', '~'], 0, 40]).Sample(value =>
            Assert.Equal(SyntaxFactory.Literal(value).Text, Utf8Builder.TextOf(text => StringLiterals.Append(text, value))));

    [Theory]
    [InlineData("kvm-01")]
    [InlineData("say \"hi\"")]
    [InlineData("back\\slash")]
    [InlineData("tab\there")]
    [InlineData("é日😀")]
    [InlineData("")]
    public void A_name_is_written_as_Roslyn_formats_it(string value) =>
        Assert.Equal(SyntaxFactory.Literal(value).Text, Utf8Builder.TextOf(text => StringLiterals.Append(text, value)));

    [Fact]
    public void The_image_alphabet_is_a_literal_as_it_is_so_the_image_is_written_between_quotes_unchanged()
    {
        // The C# model writes its image's characters straight between two quotes (CSharpEmitter.ImageField).
        var alphabet = new string(Enumerable.Range(0x4E00, 1 << 14).Select(c => (char)c).ToArray());

        Assert.Equal("\"" + alphabet + "\"", SyntaxFactory.Literal(alphabet).Text);
    }
}

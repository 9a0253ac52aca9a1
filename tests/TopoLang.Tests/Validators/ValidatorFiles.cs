using System.IO;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Validators;

/// <summary>Writes a small file for a validator to read, in a temporary folder.</summary>
internal static class ValidatorFiles
{
    public static string Write(string name, string text)
    {
        var path = Path.Combine(TestTemp.NewFolder("validator-"), name);
        File.WriteAllText(path, text);
        return path;
    }
}

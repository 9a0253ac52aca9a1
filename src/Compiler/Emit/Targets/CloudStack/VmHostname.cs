using System.Text;

namespace TopoLang.Compiler.Emit.Targets.CloudStack;

/// <summary>
/// A VM's `name`, which CloudStack requires to be a hostname (RFC 1123 label: letters, digits
/// and `-`, at most 63, not starting with a digit or `-`). TopoLang names may hold `_` and
/// capitals, so they are lowered and mapped; the exact name stays in `displayname`.
/// </summary>
public static class VmHostname
{
    private const int MaxLength = 63;

    public static string From(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            builder.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' ? c : '-');
        }

        var label = builder.ToString().Trim('-');
        if (label.Length == 0)
        {
            return "vm";
        }

        if (char.IsAsciiDigit(label[0]))
        {
            label = "vm-" + label;
        }

        return label.Length > MaxLength ? label[..MaxLength].TrimEnd('-') : label;
    }
}

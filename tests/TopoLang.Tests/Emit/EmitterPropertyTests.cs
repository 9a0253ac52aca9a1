using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using TopoLang.Compiler;
using TopoLang.Compiler.Text;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Emit;

/// <summary>
/// Random string values and random names, hostile ones included, always give C# that compiles
/// and a model that holds exactly the original names and values. Seeded, so a failure repeats.
/// </summary>
public sealed class EmitterPropertyTests
{
    private static readonly string[] HostileStrings =
    {
        "\"", "\\", "\\\"", "*/", "/*", "#line 1 \"x\"", "\"\"\"", "\n", "\r\n", "\t", "${x}", "$", "{", "}", "<summary>", "&amp;", "]]>",
        "é", "日本", "😀", "\u0000", "\u2028", "\u200B", "'); DROP TABLE --", "\\u0022", "@\"", "$\"", "#if false",
    };

    private static readonly string[] HostileNames =
    {
        "class", "int", "static", "string", "var", "value", "model", "hosts", "guests", "networks", "equals",
        "tostring", "get-type", "gethashcode", "random-topology", "_x", "x_", "a-1", "a_1", "a1", "topology-x", "object", "system",
    };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Random_names_and_strings_compile_and_keep_their_values(int seed)
    {
        var random = new Random(seed);
        var networks = Names(random, 24);
        var distros = Enumerable.Range(0, networks.Count).Select(_ => RandomString(random)).ToList();
        var source = Topology(networks, distros);

        var compilation = TopoCompilation.Create(SourceText.From(source, "random.topo"));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.GetDiagnostics().Select(d => d.Message)));
        var file = compilation.Emit().Code;
        var model = GeneratedCode.Model(GeneratedCode.Load((file.RelativePath, file.Text)), "Prop.RandomTopologyTopology");

        Assert.Equal(networks, model.Networks.Select(n => n.Name));
        var guests = model.GetHost("host").Hypervisor.Guests;
        Assert.Equal(networks.Select(n => n + "-vm"), guests.Select(g => g.Name));
        Assert.Equal(distros, guests.Select(g => g.Distro));
        Assert.Equal(networks, guests.Select(g => g.Nics[0].Network));
    }

    /// <summary>Distinct names: hostile ones first, then random identifier-legal ones.</summary>
    private static List<string> Names(Random random, int count)
    {
        var names = new List<string>(HostileNames.OrderBy(_ => random.Next()).Take(count / 2));
        while (names.Count < count)
        {
            var name = RandomName(random);
            if (!names.Contains(name) && name != "host")
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static string RandomName(Random random)
    {
        const string letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_";
        const string rest = "abcdefghijklmnopqrstuvwxyz0123456789_";
        var builder = new StringBuilder().Append(letters[random.Next(letters.Length)]);
        var parts = random.Next(1, 4);
        for (var part = 0; part < parts; part++)
        {
            if (part > 0)
            {
                builder.Append('-');
            }

            for (var i = random.Next(1, 6); i > 0; i--)
            {
                builder.Append(rest[random.Next(rest.Length)]);
            }
        }

        return builder.ToString();
    }

    private static string RandomString(Random random)
    {
        var builder = new StringBuilder();
        for (var i = random.Next(0, 5); i > 0; i--)
        {
            builder.Append(random.Next(3) == 0 ? ((char)random.Next(32, 127)).ToString() : HostileStrings[random.Next(HostileStrings.Length)].EnumerateRunes().First().ToString());
            builder.Append(HostileStrings[random.Next(HostileStrings.Length)]);
        }

        return builder.ToString();
    }

    private static string Topology(IReadOnlyList<string> names, IReadOnlyList<string> distros)
    {
        var source = new StringBuilder("topology random-topology\nnamespace Prop\n");
        source.Append("host host {\n  cpu intel { cores 64; features [vmx, ept] }\n  memory 1 TiB\n  hypervisor kvm {\n");
        for (var i = 0; i < names.Count; i++)
        {
            source.Append(CultureInfo.InvariantCulture, $"    guest \"{names[i]}-vm\" {{ os linux {TopoLiteral.Quoted(distros[i])}; vcpus 1; memory 1 GiB; disk root 1 GiB; nic \"{names[i]}\" }}\n");
        }

        source.Append("  }\n}\n");
        for (var i = 0; i < names.Count; i++)
        {
            source.Append(CultureInfo.InvariantCulture, $"network \"{names[i]}\" {{ cidr \"10.{i}.0.0/24\" }}\n");
        }

        return source.ToString();
    }
}

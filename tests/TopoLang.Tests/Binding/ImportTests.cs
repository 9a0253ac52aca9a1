using System.IO;
using System.Linq;
using TopoLang.Compiler;
using TopoLang.Compiler.Binding.Imports;
using TopoLang.Compiler.Text;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Binding;

public sealed class ImportTests
{
    private const string Host = "host kvm-01 {\n  cpu intel { cores 8; features [vmx, ept] }\n  memory 64 GiB\n  hypervisor kvm { guest web { os linux; vcpus 1; memory 1 GiB; nic lan } }\n}\n";

    private static TopoCompilation Compile(InMemoryFileSystem files, string entry, string? root = null)
    {
        var fullPath = Path.GetFullPath(entry);
        var text = System.Text.Encoding.UTF8.GetString(files.ReadAllBytes(fullPath));
        return TopoCompilation.Create(SourceText.From(text, entry), new TopoCompilationOptions { FileSystem = files, ProjectRoot = root });
    }

    [Fact]
    public void Names_resolve_across_imports_regardless_of_order()
    {
        var files = new InMemoryFileSystem()
            .Add("/proj/lab.topo", "import \"nets/lan.topo\"\n" + Host)
            .Add("/proj/nets/lan.topo", "network lan { cidr \"10.0.0.0/24\" }\n");

        var compilation = Compile(files, "/proj/lab.topo");

        Assert.Empty(compilation.GetDiagnostics());
        Assert.Equal("lan", Assert.Single(compilation.Model.Networks).Name.Value);
    }

    [Fact]
    public void A_file_imported_twice_is_read_once()
    {
        var files = new InMemoryFileSystem()
            .Add("/proj/lab.topo", "import \"a.topo\"\nimport \"b.topo\"\n" + Host)
            .Add("/proj/a.topo", "import \"lan.topo\"\n")
            .Add("/proj/b.topo", "import \"./lan.topo\"\n")
            .Add("/proj/lan.topo", "network lan { cidr \"10.0.0.0/24\" }\n");

        var compilation = Compile(files, "/proj/lab.topo");

        Assert.Empty(compilation.GetDiagnostics());
        Assert.Single(compilation.Units, unit => unit.FullPath == "/proj/lan.topo");
    }

    [Fact]
    public void An_import_cycle_of_three_files_is_TOPO1008_with_the_chain_as_related_locations()
    {
        var files = new InMemoryFileSystem()
            .Add("/proj/a.topo", "import \"b.topo\"\n")
            .Add("/proj/b.topo", "import \"c.topo\"\n")
            .Add("/proj/c.topo", "\nimport \"a.topo\"\n");

        var diagnostic = Assert.Single(Compile(files, "/proj/a.topo").GetDiagnostics());

        Assert.Equal("/proj/c.topo(2,8,2,16): error TOPO1008: cannot import 'a.topo': a.topo -> b.topo -> c.topo -> a.topo is a cycle", GoldenDiagnostics.Format(new[] { diagnostic }).TrimEnd());
        Assert.Equal(new[] { "/proj/a.topo", "/proj/b.topo" }, diagnostic.Related.Select(r => r.Location.Path));
    }

    [Fact]
    public void A_file_importing_itself_is_a_cycle()
    {
        var files = new InMemoryFileSystem().Add("/proj/a.topo", "import \"a.topo\"\n");

        Assert.Equal("TOPO1008", Assert.Single(Compile(files, "/proj/a.topo").GetDiagnostics()).Code);
    }

    [Fact]
    public void An_import_outside_the_root_is_refused_without_reading_it()
    {
        var files = new InMemoryFileSystem()
            .Add("/proj/app/lab.topo", "import \"../secret.topo\"\n")
            .Add("/proj/secret.topo", "password = \"hunter2\" @@@\n");

        var compilation = Compile(files, "/proj/app/lab.topo");

        var diagnostic = Assert.Single(compilation.GetDiagnostics());
        Assert.Equal("TOPO1008", diagnostic.Code);
        Assert.Contains("outside the project root '/proj/app'", diagnostic.Message);
        Assert.DoesNotContain(compilation.Units, unit => unit.FullPath == "/proj/secret.topo");
        Assert.DoesNotContain("hunter2", diagnostic.Message);
    }

    [Fact]
    public void The_root_option_widens_where_imports_may_come_from()
    {
        var files = new InMemoryFileSystem()
            .Add("/proj/app/lab.topo", "import \"../nets.topo\"\n" + Host)
            .Add("/proj/nets.topo", "network lan { cidr \"10.0.0.0/24\" }\n");

        Assert.Empty(Compile(files, "/proj/app/lab.topo", root: "/proj").GetDiagnostics());
    }

    [Fact]
    public void A_symbolic_link_leading_outside_the_root_is_refused()
    {
        var root = Directory.CreateTempSubdirectory("topo-root-").FullName;
        var outside = Directory.CreateTempSubdirectory("topo-outside-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "secret.topo"), "network lan { cidr \"10.0.0.0/24\" }\n");
            File.CreateSymbolicLink(Path.Combine(root, "link.topo"), Path.Combine(outside, "secret.topo"));
            var entry = Path.Combine(root, "lab.topo");
            File.WriteAllText(entry, "import \"link.topo\"\n");

            var diagnostic = Assert.Single(TopoCompilation.FromFile(entry).GetDiagnostics());

            Assert.Equal("TOPO1008", diagnostic.Code);
            Assert.Contains("outside the project root", diagnostic.Message);
        }
        finally
        {
            Directory.Delete(root, true);
            Directory.Delete(outside, true);
        }
    }

    [Fact]
    public void A_missing_import_is_TOPO1008_at_the_string()
    {
        var files = new InMemoryFileSystem().Add("/proj/lab.topo", "import \"nope.topo\"\n");

        var diagnostic = Assert.Single(Compile(files, "/proj/lab.topo").GetDiagnostics());

        Assert.Equal("TOPO1008", diagnostic.Code);
        Assert.Equal(new LinePosition(1, 8), diagnostic.Location.Start);
        Assert.StartsWith("cannot import 'nope.topo': no such file", diagnostic.Message);
    }

    [Fact]
    public void Diagnostics_in_an_imported_file_name_it_next_to_its_importer()
    {
        var files = new InMemoryFileSystem()
            .Add("/proj/lab.topo", "import \"nets/lan.topo\"\n")
            .Add("/proj/nets/lan.topo", "network lan { cidr \"10.0.0.0/24\"; vlan 0 }\n");

        var diagnostic = Assert.Single(Compile(files, "/proj/lab.topo").GetDiagnostics());

        Assert.Equal("/proj/nets/lan.topo", diagnostic.Location.Path);
    }

    [Fact]
    public void A_topology_header_in_an_imported_file_is_TOPO1001()
    {
        var files = new InMemoryFileSystem()
            .Add("/proj/lab.topo", "import \"other.topo\"\n")
            .Add("/proj/other.topo", "topology other\n");

        var diagnostic = Assert.Single(Compile(files, "/proj/lab.topo").GetDiagnostics());

        Assert.Equal("TOPO1001", diagnostic.Code);
    }

    [Fact]
    public void An_import_path_cannot_be_interpolated()
    {
        var files = new InMemoryFileSystem().Add("/proj/lab.topo", "param env: string = \"dev\"\nimport \"${env}.topo\"\n");

        Assert.Equal("TOPO1008", Assert.Single(Compile(files, "/proj/lab.topo").GetDiagnostics()).Code);
    }
}

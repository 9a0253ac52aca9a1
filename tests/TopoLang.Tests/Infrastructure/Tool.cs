namespace TopoLang.Tests.Infrastructure;

/// <summary>
/// A program a test runs: a command looked up on PATH or an absolute path (a file such as a
/// Python package's marker counts as a tool too), and the Debian package that brings it.
/// eng/install-test-tools.sh installs every package named here.
/// </summary>
public sealed record Tool(string Command, string DebianPackage)
{
    public string Install => "apt-get install --no-install-recommends " + DebianPackage + ", or run eng/install-test-tools.sh";
}

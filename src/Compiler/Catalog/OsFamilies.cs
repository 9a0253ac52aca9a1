using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Catalog;

/// <summary>Which OS families can run paravirtualized under Xen: those whose kernel can be modified (§4).</summary>
public static class OsFamilies
{
    public static bool CanRunParavirtualized(OsFamily family) => family is OsFamily.Linux or OsFamily.Bsd;
}

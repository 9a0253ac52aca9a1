using System.Linq;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Semantics.Names;

namespace TopoLang.Compiler.Validation.Naming;

/// <summary>
/// TOPO1010: two names that become one C# identifier (`web-net` and `web_net` are both
/// `WebNet`). The later one gets a numbered suffix in the generated code; the user should know.
/// </summary>
public sealed class IdentifierCollisionRule : ITopologyRule
{
    public string Code => DiagnosticCatalog.IdentifierCollision.Code;

    public void Check(RuleContext context)
    {
        foreach (var members in context.Semantics.Names.All)
        {
            // The same name twice is TOPO1002 already: one fault, one code.
            foreach (var collision in members.Collisions.Where(c => c.EarlierName != c.LaterName))
            {
                context.Report(DiagnosticFactory.IdentifierCollision(collision.Location, collision.EarlierName, collision.LaterName, $"{members.ClassName}.{collision.Identifier}", $"{members.ClassName}.{collision.Assigned}"));
            }
        }
    }
}

using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Semantics;

/// <summary>How messages name a guest: a KVM/QEMU guest is a "guest", a Xen one a "domU".</summary>
public static class GuestText
{
    public static string Describe(GuestModel guest) =>
        $"{(guest.Kind == GuestKind.DomU ? "domU" : "guest")} '{guest.Name.Value}'";
}

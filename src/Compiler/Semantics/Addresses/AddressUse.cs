using System.Net;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Semantics.Addresses;

/// <summary>An address written in a network: its gateway, or a guest nic's `ip` (with the guest).</summary>
public readonly record struct AddressUse(GuestModel? Guest, Located<ParsedText<IPAddress>> Address)
{
    public bool IsGateway => Guest is null;

    public SourceLocation Location => Address.Location;

    /// <summary>"the gateway" or "guest 'web-1'": written only for a message, not for every NIC.</summary>
    public string Owner => Guest is null ? "the gateway" : Describe(Guest);

    public static AddressUse ForGateway(Located<ParsedText<IPAddress>> gateway) => new(null, gateway);

    public static AddressUse ForNic(GuestModel guest, Located<ParsedText<IPAddress>> ip) => new(guest, ip);

    /// <summary>"guest 'web-1'" or "domU 'fw'".</summary>
    private static string Describe(GuestModel guest) =>
        $"{(guest.Kind == GuestKind.DomU ? "domU" : "guest")} '{guest.Name.Value}'";
}

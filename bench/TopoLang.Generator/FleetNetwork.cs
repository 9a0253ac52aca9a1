namespace TopoLang.Generator;

/// <summary>One /24 network: <paramref name="Prefix"/> is its first three octets ("10.0.3").</summary>
public sealed record FleetNetwork(string Name, string Prefix, int Vlan)
{
    public string Cidr => Prefix + ".0/24";

    public string Gateway => Prefix + ".1";
}

namespace TopoLang.Compiler.Emit.Targets.Libvirt;

/// <summary>
/// The namespace of our element inside libvirt's `&lt;metadata&gt;`. libvirt keeps one element
/// per namespace there and ignores it otherwise: the place for facts libvirt has no element
/// for (a guest's static addresses, its autostart, a network's CIDR and VLAN under a mode that
/// cannot carry them). `virsh metadata DOMAIN URI` reads it back.
/// </summary>
internal static class TopoMetadata
{
    public const string Uri = "urn:topolang:libvirt:1";

    public const string Prefix = "topo";

    /// <summary>Starts our element, declaring the namespace first so that it reads first.</summary>
    public static void Start(System.Xml.XmlWriter writer, string element)
    {
        writer.WriteStartElement(Prefix, element, Uri);
        writer.WriteAttributeString("xmlns", Prefix, null, Uri);
    }
}

using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Validation.Xen;

/// <summary>How messages name a domU's device: "nic 'lan'", "disk 'root'", or the bare word when its name is in error.</summary>
public static class DeviceText
{
    public static string Nic(NicModel nic) => Named("nic", nic.Network.Value);

    public static string Disk(DiskModel disk) => Named("disk", disk.Name.Value);

    private static string Named(string word, string name) => name.Length == 0 ? word : $"{word} '{name}'";
}

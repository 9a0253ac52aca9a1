using System.Collections.Generic;
using System.IO;
using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Text;
using TopoLang.Runtime;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Model;

/// <summary>
/// A guest's disks and nics are kept as the one item most guests have, without an array of one
/// (OneOrMany), and read back as the list they were: by index, in order, as an immutable array.
/// </summary>
public sealed class OneOrManyTests
{
    private static readonly SourceText Fleet = SourceText.From("guest web { disk root 10 GiB }\n", "fleet.topo");

    private static DiskModel Disk(string name) =>
        new(new Located<string>(name, new SourceLocation(Fleet, new TextSpan(17, 4))), null, DiskBus.Virtio, null, new SourceLocation(Fleet, new TextSpan(12, 4)));

    private static List<DiskModel> Walked(OneOrMany<DiskModel> list)
    {
        var walked = new List<DiskModel>();
        foreach (var disk in list)
        {
            walked.Add(disk);
        }

        return walked;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void A_list_reads_back_as_the_array_it_was_made_from(int count)
    {
        var disks = Enumerable.Range(0, count).Select(i => Disk($"d{i}")).ToImmutableArray();

        var list = OneOrMany<DiskModel>.From(disks);

        Assert.Equal(count, list.Length);
        Assert.Equal(count == 0, list.IsEmpty);
        Assert.Equal(disks, Enumerable.Range(0, count).Select(i => list[i]));
        Assert.Equal(disks, Walked(list));
        Assert.Equal<DiskModel>(disks, list.ToImmutableArray());
        Assert.Throws<System.IndexOutOfRangeException>(() => list[count]);
    }

    [Fact]
    public void A_list_of_one_is_its_item_and_equals_another_list_of_an_equal_item()
    {
        var disk = Disk("root");

        Assert.Equal(OneOrMany<DiskModel>.One(disk), OneOrMany<DiskModel>.From([Disk("root")]));
        Assert.NotEqual(OneOrMany<DiskModel>.One(disk), OneOrMany<DiskModel>.One(Disk("data")));
        Assert.Same(disk, OneOrMany<DiskModel>.One(disk)[0]);
    }

    [Fact]
    public void A_bound_guest_with_one_disk_and_one_nic_reads_them_as_arrays_of_one()
    {
        var compilation = TopoCompilation.FromFile(Path.Combine(RepositoryPaths.Examples, "datacenter", "datacenter.topo"));
        var guests = compilation.Model.Hosts.SelectMany(host => host.Hypervisor?.Guests ?? ImmutableArray<GuestModel>.Empty);

        var guest = guests.First(guest => guest.DiskList.Length == 1 && guest.NicList.Length == 1);

        Assert.Empty(compilation.GetDiagnostics());
        Assert.Same(guest.DiskList[0], Assert.Single(guest.Disks));
        Assert.Same(guest.NicList[0], Assert.Single(guest.Nics));
    }
}

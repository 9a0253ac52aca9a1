using System;
using System.IO;
using System.Linq;
using System.Reflection;
using TopoLang.Compiler.Emit;
using TopoLang.Runtime;
using TopoLang.Runtime.Image;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Runtime;

/// <summary>
/// The generated C# holds a topology as a <see cref="TopologyImage"/>: what a program reads back
/// from it is, field for field, what the compiler built, and a damaged image is refused.
/// </summary>
public sealed class TopologyImageTests
{
    [Theory]
    [MemberData(nameof(RepositoryTopologies.ValidRows), MemberType = typeof(RepositoryTopologies))]
    public void The_generated_model_and_plan_equal_the_ones_built_in_process(string relativePath)
    {
        var compilation = RepositoryTopologies.Compile(relativePath);
        var emitted = compilation.Emit();
        var generated = GeneratedClass(compilation.Semantics.Names.ClassName, emitted.Code);

        Assert.Equal(ObjectGraphText.Of(RuntimeObjects.Topology(compilation.Model)), ObjectGraphText.Of(Property(generated, "Model")));
        Assert.Equal(ObjectGraphText.Of(RuntimeObjects.Plan(emitted.Plan.Model)), ObjectGraphText.Of(Property(generated, "Plan")));
    }

    [Fact]
    public void Every_generated_property_returns_the_entity_of_its_name()
    {
        var compilation = RepositoryTopologies.Compile(RepositoryTopologies.Datacenter);
        var generated = GeneratedClass(compilation.Semantics.Names.ClassName, compilation.Emit().Code);
        var names = compilation.Semantics.Names;

        foreach (var (nested, members) in new[] { ("Hosts", names.Hosts), ("Guests", names.Guests), ("Networks", names.Networks), ("Providers", names.Providers), ("Clouds", names.Clouds), ("Deployments", names.Deployments) })
        {
            var type = generated.GetNestedType(nested)!;
            foreach (var member in members.Members)
            {
                var entity = Property(type, member.Identifier.TrimStart('@'))!;
                Assert.Equal(member.Name, (string)entity.GetType().GetProperty("Name")!.GetValue(entity)!);
            }
        }
    }

    [Fact]
    public void Strings_are_written_once_and_repeated_by_reference()
    {
        var text = TopologyImage.Text(Sample(), null);

        Assert.Equal(1, Occurrences(text, "'3:vmx"));
        Assert.Contains("#", text);
    }

    [Fact]
    public void An_image_reads_back_what_was_written()
    {
        var topology = Sample();

        var read = TopologyImage.Read(TopologyImage.Write(topology, null));

        Assert.Equal(ObjectGraphText.Of(topology), ObjectGraphText.Of(read.Model));
        Assert.Null(read.Plan);
    }

    [Fact]
    public void A_plan_written_from_its_steps_fields_reads_back_as_the_plan_of_those_steps()
    {
        var steps = SampleSteps();

        var read = TopologyImage.Read(TopologyImage.Write(Sample(), steps));

        Assert.Equal(ObjectGraphText.Of(new DeploymentPlan(steps.Select(step => step.ToPlanStep()).ToArray())), ObjectGraphText.Of(read.Plan));
    }

    [Fact]
    public void Written_to_a_text_writer_the_image_is_the_string_that_is_returned()
    {
        var characters = new StringWriter();

        TopologyImage.Write(characters, Sample(), SampleSteps());

        Assert.Equal(TopologyImage.Write(Sample(), SampleSteps()), characters.ToString());
    }

    [Fact]
    public void Text_that_is_no_compressed_image_is_refused()
    {
        var error = Assert.Throws<FormatException>(() => TopologyImage.Read("not an image"));

        Assert.Contains("Build the topology again", error.Message);
    }

    [Fact]
    public void A_damaged_image_is_refused_with_the_offset_where_it_went_wrong()
    {
        var text = TopologyImage.Text(Sample(), null);
        var damaged = text.Substring(0, text.Length / 2) + "!" + text.Substring(text.Length / 2 + 1);

        var error = Assert.Throws<FormatException>(() => TopologyImage.Read(ImageCompression.Pack(damaged)));

        Assert.Contains("offset", error.Message);
    }

    [Fact]
    public void An_image_of_another_format_version_is_refused()
    {
        var text = TopologyImage.Text(Sample(), null);
        var otherVersion = (TopologyImage.FormatVersion + 1) + text.Substring(text.IndexOf(';'));

        var error = Assert.Throws<FormatException>(() => TopologyImage.Read(ImageCompression.Pack(otherVersion)));

        Assert.Contains($"format version {TopologyImage.FormatVersion + 1}", error.Message);
    }

    [Fact]
    public void A_text_larger_than_the_compressors_pieces_packs_the_same_each_time_and_unpacks_whole()
    {
        // Several of the writer's 64 K-character pieces, with characters of every UTF-8 length.
        var text = string.Concat(Enumerable.Range(0, 40_000).Select(i => $"'{i}:guest-{i % 977} é日😀;"));

        var packed = ImageCompression.Pack(text);

        Assert.True(text.Length > 4 * 64 * 1024);
        Assert.Equal(packed, ImageCompression.Pack(text));
        Assert.Equal(text, ImageCompression.Unpack(packed));
    }

    /// <summary>Two KVM hosts whose CPUs share a flag, each with a guest.</summary>
    private static Topology Sample() => RuntimeSamples.Topology(
        RuntimeSamples.Host("kvm-01", RuntimeSamples.Kvm(RuntimeSamples.Guest("web")), features: ["vmx", "ept"]),
        RuntimeSamples.Host("kvm-02", RuntimeSamples.Kvm(RuntimeSamples.Guest("db")), features: ["vmx", "ept"]));

    /// <summary>Three steps on the sample's hosts, one with a command, sharing ids and words.</summary>
    private static PlanStepFields[] SampleSteps() =>
    [
        new("validate-host:kvm-01", "validate-host", "kvm-01", [], null, []),
        new("define-guest:web", "define-guest", "web", ["validate-host:kvm-01"], "hosts/kvm-01/web.xml", ["virsh", "define", "hosts/kvm-01/web.xml"]),
        new("start-guest:web", "start-guest", "web", ["define-guest:web", "validate-host:kvm-01"], null, ["virsh", "start", "web"]),
    ];

    private static Type GeneratedClass(string className, Compiler.Emit.GeneratedFile code)
    {
        var assembly = GeneratedCode.Load((code.RelativePath, code.Text));
        return assembly.GetTypes().Single(type => type.Name == className && !type.IsNested);
    }

    private static object? Property(Type type, string name)
    {
        try
        {
            return type.GetProperty(name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null);
        }
        catch (TargetInvocationException exception)
        {
            throw new Xunit.Sdk.XunitException($"Reading the generated {type.Name}.{name} threw: {exception.InnerException}");
        }
    }

    private static int Occurrences(string text, string part) =>
        Enumerable.Range(0, text.Length - part.Length + 1).Count(i => string.CompareOrdinal(text, i, part, 0, part.Length) == 0);
}

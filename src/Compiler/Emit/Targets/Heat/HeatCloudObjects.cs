using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TopoLang.Compiler.Emit.Plan;
using TopoLang.Compiler.Emit.Targets.CloudStack;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Emit.Targets.Heat;

/// <summary>
/// The images and flavors a stack names, which must exist in the cloud before it is created. On a
/// private cloud the plan makes them: each flavor from its shape (a root disk of 0, Nova's "as
/// large as the image", when the topology gives no disk), each image from a file the
/// operator gives (`image-file:NAME`); both steps leave an existing one alone. A provider's cloud
/// has its own, under its own ids: the operator gives them (`image:NAME`, `flavor:NAME`) and the
/// stack is created with them as its parameters.
/// </summary>
internal static class HeatCloudObjects
{
    private const long MiB = 1024 * 1024;
    private const long GiB = 1024 * MiB;

    /// <returns>The step that makes each image and flavor, by its name in the template.</returns>
    public static Dictionary<string, string> AddPrivate(StepList steps, string cloud, IReadOnlyList<InstanceModel> instances, IReadOnlyList<string> registered)
    {
        var made = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var image in instances.Select(i => i.Image).OfType<string>().Where(image => image.Length > 0).Distinct(System.StringComparer.Ordinal))
        {
            var file = new Placeholder("image-file", PlaceholderKey.Escape(image), PlaceholderFiller.Operator);
            made[image] = steps.Add(PlanStepKinds.RegisterImage, $"{cloud}/{image}", registered, null,
                new[] { "sh", "-c", "openstack image show \"$1\" >/dev/null 2>&1 || openstack image create --disk-format qcow2 --file \"$2\" \"$1\"", "register-image", image, file.Text },
                new[] { file });
        }

        foreach (var shape in instances.SelectMany(Shapes).Where(s => s is { Vcpus: not null, Memory: not null }).DistinctBy(s => s.FlavorName()))
        {
            var name = shape.FlavorName();
            made[name] = steps.Add(PlanStepKinds.CreateFlavor, $"{cloud}/{name}", registered, null, new[]
            {
                "sh", "-c", "openstack flavor show \"$1\" >/dev/null 2>&1 || openstack flavor create --vcpus \"$2\" --ram \"$3\" --disk \"$4\" \"$1\"", "create-flavor", name,
                Text(shape.Vcpus!.Value), Text(RoundUp(shape.Memory!.Value, MiB)), Text(RoundUp(shape.Disk ?? 0, GiB)),
            });
        }

        return made;
    }

    /// <summary>The image and flavor names the instances' templates default to.</summary>
    public static IEnumerable<string> Names(IEnumerable<InstanceModel> instances) =>
        instances.SelectMany(i => Shapes(i).Select(s => s.FlavorName()).Prepend(i.Image ?? string.Empty));

    /// <summary>`--parameter` values of a stack on a provider's cloud: each instance's image and flavor as the provider names them.</summary>
    public static List<(string Parameter, Placeholder Value)> ProviderParameters(IEnumerable<InstanceModel> instances) =>
        instances.SelectMany(instance => new[]
        {
            (HeatNames.ImageParameter(instance.Name.Value), new Placeholder("image", PlaceholderKey.Escape(instance.Image ?? instance.Name.Value), PlaceholderFiller.Operator)),
            (HeatNames.FlavorParameter(instance.Name.Value), new Placeholder("flavor", PlaceholderKey.Escape(InstanceShape.Of(instance).FlavorName()), PlaceholderFiller.Operator)),
        }).ToList();

    /// <summary>The flavor an instance starts with and, with `scale up`, the largest it may be resized to.</summary>
    private static IEnumerable<InstanceShape> Shapes(InstanceModel instance) =>
        instance.ScaleUp is null ? new[] { InstanceShape.Of(instance) } : new[] { InstanceShape.Of(instance), InstanceShape.Largest(instance) };

    private static long RoundUp(long bytes, long unit) => (bytes + unit - 1) / unit;

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}

using System.Collections.Generic;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Validation.Cloud;

/// <summary>
/// TOPO6004: a cloud's quota, shared by every deployment on the cloud. Deployments and their
/// instances are walked in source order, each instance counted at its largest shape (§4); the
/// instance whose share takes a running total past the quota is reported, once per resource.
/// </summary>
public sealed class CloudQuotaRule : ITopologyRule
{
    public string Code => DiagnosticCatalog.QuotaExceeded.Code;

    public void Check(RuleContext context)
    {
        var tallies = new Dictionary<string, Tally>(System.StringComparer.Ordinal);
        foreach (var deployment in context.Model.Deployments)
        {
            if (deployment.Cloud is not { } name || context.Model.FindCloud(name.Value) is not { Quota: { } quota } cloud)
            {
                continue;
            }

            if (!tallies.TryGetValue(cloud.Name.Value, out var tally))
            {
                tally = new Tally(cloud, quota);
                tallies.Add(cloud.Name.Value, tally);
            }

            foreach (var instance in deployment.Instances)
            {
                tally.Add(context, deployment, instance);
            }
        }
    }

    private sealed class Tally
    {
        private readonly CloudModel _cloud;
        private readonly QuotaModel _quota;
        private readonly QuotaMeter _vcpus;
        private readonly QuotaMeter _memory;
        private readonly QuotaMeter _instances;

        public Tally(CloudModel cloud, QuotaModel quota)
        {
            _cloud = cloud;
            _quota = quota;
            _vcpus = new QuotaMeter("vcpus", quota.Vcpus, QuotaMeter.Count);
            _memory = new QuotaMeter("memory", quota.Memory, QuotaMeter.Bytes);
            _instances = new QuotaMeter("instances", quota.Instances, QuotaMeter.Count);
        }

        public void Add(RuleContext context, DeploymentModel deployment, InstanceModel instance)
        {
            if (instance.ShapeInError)
            {
                return; // its count is unknown: judging the quota on a guess would add noise
            }

            var count = instance.LargestCount;
            Check(context, deployment, instance, _instances, count);

            // A flavor value in error counts nothing: the binder reported it.
            if (instance.LargestVcpus is { } vcpus)
            {
                Check(context, deployment, instance, _vcpus, (System.Int128)count * vcpus);
            }

            if (instance.LargestMemory is { } memory)
            {
                Check(context, deployment, instance, _memory, (System.Int128)count * memory);
            }
        }

        private void Check(RuleContext context, DeploymentModel deployment, InstanceModel instance, QuotaMeter meter, System.Int128 amount)
        {
            if (!meter.AddAndCheck(amount))
            {
                return;
            }

            var cloud = _cloud.Name.Value;
            context.Report(
                DiagnosticFactory.QuotaExceeded(instance.Location, instance.Name.Value, deployment.Name.Value, meter.Resource, cloud, meter.TotalText, meter.LimitText)
                    .WithRelated(new RelatedLocation(_quota.Location, $"cloud '{cloud}' sets its quota here, shared by all its deployments")));
        }
    }
}

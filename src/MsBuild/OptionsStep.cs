using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Hosting;

namespace TopoLang.MsBuild;

/// <summary>The compilation options from the Topo* properties (and the TOPO codes in $(NoWarn) and $(WarningsAsErrors)).</summary>
internal static class OptionsStep
{
    public static BuildStep<TopoCompilationOptions> Run(TopoBuildRequest request, BuildLocations locations)
    {
        // A Topo* property must hold only TopoLang codes; a property shared with the C# compiler
        // (NoWarn, WarningsAsErrors) is filtered to the codes TopoLang knows.
        var errorCodes = Codes(request.WarningsAsErrors);
        var noWarn = Codes(request.NoWarn);
        var projectNoWarn = Codes(request.ProjectNoWarn);
        var parameters = ParameterAssignments.Parse(request.Parameters.Where(a => !string.IsNullOrWhiteSpace(a)), ParameterNameRule.NotBlank);
        var errors = noWarn.Unknown.Select(code => BuildMessage.Error($"TopoNoWarn: '{code}' is not a TopoLang diagnostic code (`topo explain CODE` lists them)"))
            .Concat(parameters.Malformed.Select(a => BuildMessage.Error($"TopoParameters: '{a.Trim()}': write NAME=VALUE, several separated by ';'")))
            .ToImmutableArray();

        var options = new TopoCompilationOptions
        {
            Parameters = parameters.Parameters,
            ProjectRoot = string.IsNullOrWhiteSpace(request.ProjectRoot) ? locations.ProjectDirectory : locations.FullDirectoryOf(request.ProjectRoot),
            DefaultNamespace = string.IsNullOrWhiteSpace(request.DefaultNamespace) ? null : request.DefaultNamespace.Trim(),
            RecordReferences = false,
            Diagnostics = new DiagnosticOptions
            {
                WarningsAsErrors = request.TreatWarningsAsErrors,
                ErrorCodes = errorCodes.Known,
                NoWarnCodes = noWarn.Known.Union(projectNoWarn.Known),
            },
        };
        return new BuildStep<TopoCompilationOptions>(options, errors);
    }

    private static ParsedCodes Codes(IEnumerable<string> values) => DiagnosticCodeList.Parse(values, DiagnosticCodeList.PropertySeparators);
}

using System.Collections.Generic;

namespace TopoLang.MsBuild;

/// <summary>Hands a step's errors and warnings to the log, in the order they were found.</summary>
internal static class BuildLogReporting
{
    public static void Report(this IBuildLog log, IEnumerable<BuildMessage> messages)
    {
        foreach (var m in messages)
        {
            if (m.IsError)
            {
                log.Error(m.Code, m.File, m.Line, m.Column, m.EndLine, m.EndColumn, m.Text);
            }
            else
            {
                log.Warning(m.Code, m.File, m.Line, m.Column, m.EndLine, m.EndColumn, m.Text);
            }
        }
    }
}

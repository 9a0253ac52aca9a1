using System.Collections;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;

namespace TopoLang.Tests.Infrastructure;

/// <summary>
/// Writes every public property of an object graph, recursively, as text: two graphs of runtime
/// objects are equal field for field exactly when their texts are. Reflection, so that a field
/// added to a runtime type is compared without anyone remembering to add it here.
/// </summary>
public static class ObjectGraphText
{
    public static string Of(object? value)
    {
        var text = new StringBuilder();
        Append(text, value, 0);
        return text.ToString();
    }

    private static void Append(StringBuilder text, object? value, int depth)
    {
        if (depth > 32)
        {
            throw new Xunit.Sdk.XunitException("The object graph is deeper than 32 levels: a cycle?");
        }

        switch (value)
        {
            case null:
                text.Append("null");
                return;
            case TopoLang.Runtime.Size size:
                text.Append(size.Bytes).Append(" B");
                return;
            case string s:
                text.Append('"').Append(s).Append('"');
                return;
            case System.IFormattable formattable when IsLeaf(value.GetType()):
                text.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                return;
            case IEnumerable items:
                text.Append('[');
                foreach (var item in items)
                {
                    Append(text, item, depth + 1);
                    text.Append(", ");
                }

                text.Append(']');
                return;
        }

        var type = value.GetType();
        if (IsLeaf(type))
        {
            text.Append(value);
            return;
        }

        text.Append(type.Name).Append(" {");
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).OrderBy(p => p.Name, System.StringComparer.Ordinal))
        {
            text.Append(' ').Append(property.Name).Append(": ");
            Append(text, property.GetValue(value), depth + 1);
        }

        text.Append(" }");
    }

    /// <summary>Primitives, enums and the runtime's value types (Size, Cidr), whose text is their value.</summary>
    private static bool IsLeaf(System.Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(decimal) || type == typeof(System.TimeSpan) || (type.IsValueType && type.Namespace == "TopoLang.Runtime");
}

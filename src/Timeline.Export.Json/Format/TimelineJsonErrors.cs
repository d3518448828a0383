using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;

namespace Timeline.Export.Json.Format;

/// <summary>
/// Turns a <see cref="JsonException"/> of the serializer into a message a person can act on:
/// <c>$.events[1].mentions[0].start (line 40): expected a whole number, not a string.</c>. The serializer's own
/// messages name .NET types; this looks again at the value at the exception's path, and at what the source-generated
/// metadata expects there, and says both in the format's words. Only runs on failure.
/// </summary>
internal static class TimelineJsonErrors
{
    public static string Describe(ReadOnlyMemory<byte> json, JsonException e)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException syntax)
        {
            return $"not valid JSON{Line(syntax)}: {Strip(syntax.Message)}";
        }
        using (document)
        {
            var path = e.Path ?? "$";
            // The serializer's own message names .NET types; when the value cannot be diagnosed, say less rather than that.
            var (property, what) = Diagnose(document.RootElement, path) ?? ("", "the value does not fit the timeline format (docs/timeline.schema.json).");
            return $"{path}{property}{Line(e)}: {what}";
        }
    }

    // Walks the path through the document and the serializer's metadata side by side, then compares the value
    // found with the type expected. Returns what is wrong (with ".name" to add to the path when a required property
    // is missing), or null when it cannot tell.
    private static (string Property, string What)? Diagnose(JsonElement root, string path)
    {
        var context = TimelineJsonContext.Default;
        JsonTypeInfo? info = context.TimelineDto;
        JsonPropertyInfo? property = null;
        JsonElement? node = root;
        foreach (var (name, index) in Segments(path))
        {
            if (name is not null)
            {
                property = info.Kind == JsonTypeInfoKind.Object ? info.Properties.FirstOrDefault(p => p.Name == name) : null;
                if (property is null) return null;
                info = context.GetTypeInfo(property.PropertyType);
                node = node is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var v) ? v : null;
            }
            else
            {
                if (info.Kind != JsonTypeInfoKind.Enumerable || info.ElementType is null) return null;
                property = null;
                info = context.GetTypeInfo(info.ElementType);
                node = node is { ValueKind: JsonValueKind.Array } a && index < a.GetArrayLength() ? a[index] : null;
            }
            if (info is null) return null;
        }
        if (node is not { } value) return ("", "missing.");

        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        if (value.ValueKind == JsonValueKind.Null)
            return property is { IsSetNullable: true } ? null : ("", $"expected {Expected(info, type)}, not null.");
        if (info.Kind == JsonTypeInfoKind.Object)
        {
            if (value.ValueKind != JsonValueKind.Object) return ("", $"expected an object, not {Describe(value.ValueKind)}.");
            var missing = info.Properties.FirstOrDefault(p => p.IsRequired && !value.TryGetProperty(p.Name, out _));
            return missing is null ? null : ($".{missing.Name}", "missing.");
        }
        if (info.Kind == JsonTypeInfoKind.Enumerable)
            return value.ValueKind == JsonValueKind.Array ? null : ("", $"expected an array, not {Describe(value.ValueKind)}.");
        if (type == typeof(int) && value.ValueKind == JsonValueKind.Number)
            return value.TryGetInt32(out _) ? null : ("", $"{value.GetRawText()} is not a whole number.");
        if (type == typeof(LocalDate) && value.ValueKind == JsonValueKind.String)
            return ("", $"\"{value.GetString()}\" is not a date YYYY-MM-DD.");
        if (type.IsEnum && value.ValueKind == JsonValueKind.String)
            return ("", $"\"{value.GetString()}\" is not a known {property?.Name ?? "name"}.");
        return ("", $"expected {Expected(info, type)}, not {Describe(value.ValueKind)}.");
    }

    private static string Expected(JsonTypeInfo info, Type type) => info.Kind switch
    {
        JsonTypeInfoKind.Object => "an object",
        JsonTypeInfoKind.Enumerable => "an array",
        _ when type == typeof(int) => "a whole number",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(LocalDate) => "a date YYYY-MM-DD",
        _ when type.IsEnum => "a name",
        _ => "a string",
    };

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    // "$.events[1].mentions[0]['odd name']" → ("events", -), (-, 1), ("mentions", -), (-, 0), ("odd name", -).
    private static IEnumerable<(string? Name, int Index)> Segments(string path)
    {
        int i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                int end = path.IndexOfAny(['.', '['], i + 1);
                if (end < 0) end = path.Length;
                yield return (path[(i + 1)..end], 0);
                i = end;
            }
            else if (path.AsSpan(i).StartsWith("['"))
            {
                int end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end < 0) yield break;
                yield return (path[(i + 2)..end], 0);
                i = end + 2;
            }
            else if (path[i] == '[')
            {
                int end = path.IndexOf(']', i);
                if (end < 0 || !int.TryParse(path.AsSpan(i + 1, end - i - 1), out int index)) yield break;
                yield return (null, index);
                i = end + 1;
            }
            else
            {
                yield break;
            }
        }
    }

    private static string Line(JsonException e) => e.LineNumber is { } line ? $" (line {line + 1})" : "";

    // The reader appends "LineNumber: … | BytePositionInLine: …" (and the serializer "Path: …"), which the message already says.
    private static string Strip(string message)
    {
        foreach (var marker in (ReadOnlySpan<string>)[" Path: ", " LineNumber: "])
        {
            int at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0) message = message[..at];
        }
        return message;
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Timeline.Export.Json.Tests.Schema;

/// <summary>
/// A JSON Schema (draft 2020-12) validator for the subset of keywords docs/timeline.schema.json uses. No .NET
/// validator of draft 2020-12 restores from the registry here (JsonSchema.Net needs JsonPointer.Net, which is
/// missing; NJsonSchema does not resolve <c>$defs</c>), so this one runs in every build, and
/// <see cref="PythonJsonSchemaTests"/> checks the same files with the reference Python implementation where it is
/// installed. A keyword outside the subset is an error, so the schema cannot use one this validator would ignore.
/// </summary>
internal sealed class SubsetSchemaValidator(JsonElement root)
{
    private static readonly HashSet<string> Annotations = ["$schema", "$id", "title", "description", "$defs"];

    private static readonly HashSet<string> Assertions =
        ["type", "enum", "required", "properties", "additionalProperties", "items", "$ref", "anyOf", "pattern", "format", "minimum", "minItems", "minLength"];

    /// <summary>The violations of <paramref name="instance"/>, each as "JSON path: what".</summary>
    public List<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Validate(root, instance, "$", errors);
        return errors;
    }

    private void Validate(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        foreach (var keyword in schema.EnumerateObject())
        {
            if (Annotations.Contains(keyword.Name)) continue;
            if (!Assertions.Contains(keyword.Name)) throw new NotSupportedException($"the schema uses \"{keyword.Name}\", which this validator does not know");
            var k = keyword.Value;
            switch (keyword.Name)
            {
                case "type":
                    var types = k.ValueKind == JsonValueKind.Array ? k.EnumerateArray().Select(t => t.GetString()!).ToList() : [k.GetString()!];
                    if (!types.Any(t => IsType(value, t))) errors.Add($"{path}: expected {string.Join(" or ", types)}, found {value.ValueKind}");
                    break;
                case "enum":
                    if (!k.EnumerateArray().Any(e => JsonElement.DeepEquals(e, value))) errors.Add($"{path}: {value.GetRawText()} is not one of {k.GetRawText()}");
                    break;
                case "required" when value.ValueKind == JsonValueKind.Object:
                    foreach (var name in k.EnumerateArray().Select(n => n.GetString()!))
                        if (!value.TryGetProperty(name, out _)) errors.Add($"{path}: missing \"{name}\"");
                    break;
                case "properties" when value.ValueKind == JsonValueKind.Object:
                    foreach (var p in k.EnumerateObject())
                        if (value.TryGetProperty(p.Name, out var v)) Validate(p.Value, v, $"{path}.{p.Name}", errors);
                    break;
                case "additionalProperties" when value.ValueKind == JsonValueKind.Object:
                    if (k.ValueKind != JsonValueKind.False) throw new NotSupportedException("only \"additionalProperties\": false is supported");
                    var known = schema.TryGetProperty("properties", out var props) ? props.EnumerateObject().Select(p => p.Name).ToHashSet() : [];
                    foreach (var p in value.EnumerateObject().Where(p => !known.Contains(p.Name))) errors.Add($"{path}: unexpected \"{p.Name}\"");
                    break;
                case "items" when value.ValueKind == JsonValueKind.Array:
                    int i = 0;
                    foreach (var item in value.EnumerateArray()) Validate(k, item, $"{path}[{i++}]", errors);
                    break;
                case "$ref":
                    Validate(Resolve(k.GetString()!), value, path, errors);
                    break;
                case "anyOf":
                    if (!k.EnumerateArray().Any(option => { var e = new List<string>(); Validate(option, value, path, e); return e.Count == 0; }))
                        errors.Add($"{path}: {value.GetRawText()} matches none of the choices");
                    break;
                case "pattern" when value.ValueKind == JsonValueKind.String:
                    if (!Regex.IsMatch(value.GetString()!, k.GetString()!, RegexOptions.None, TimeSpan.FromSeconds(1)))
                        errors.Add($"{path}: \"{value.GetString()}\" does not match {k.GetString()}");
                    break;
                case "format" when value.ValueKind == JsonValueKind.String:
                    if (k.GetString() != "date") throw new NotSupportedException($"format {k.GetString()}");
                    if (!DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                        errors.Add($"{path}: \"{value.GetString()}\" is not a date");
                    break;
                case "minimum" when value.ValueKind == JsonValueKind.Number:
                    if (value.GetDecimal() < k.GetDecimal()) errors.Add($"{path}: {value.GetRawText()} is below {k.GetRawText()}");
                    break;
                case "minItems" when value.ValueKind == JsonValueKind.Array:
                    if (value.GetArrayLength() < k.GetInt32()) errors.Add($"{path}: fewer than {k.GetInt32()} items");
                    break;
                case "minLength" when value.ValueKind == JsonValueKind.String:
                    if (value.GetString()!.Length < k.GetInt32()) errors.Add($"{path}: shorter than {k.GetInt32()}");
                    break;
            }
        }
    }

    private JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith("#/$defs/", StringComparison.Ordinal)) throw new NotSupportedException($"$ref {reference}");
        return root.GetProperty("$defs").GetProperty(reference["#/$defs/".Length..]);
    }

    private static bool IsType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new NotSupportedException($"type {type}"),
    };
}

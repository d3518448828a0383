using System.Text.Json.Serialization;

namespace Timeline.Export.Plover.Format;

/// <summary>The source-generated serializer of a PLOVER record: snake_case names, nulls written.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(PloverRecord))]
internal sealed partial class PloverContext : JsonSerializerContext;

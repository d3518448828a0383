using System.Text.Json.Serialization;

namespace Timeline.Export.TimelineJs.Format;

/// <summary>The source-generated serializer of the TimelineJS JSON: snake_case names, nulls left out.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TimelineJsFile))]
internal sealed partial class TimelineJsContext : JsonSerializerContext;

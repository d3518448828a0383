using System.Text.Json.Serialization;

namespace Timeline.Export.Json.Format;

/// <summary>
/// The source-generated serializer of the timeline JSON: camelCase names in declaration order, nulls written,
/// nullable annotations enforced on read, enum values as the names of <see cref="TimelineJsonNames"/> and dates as
/// ISO days through NodaTime's converter. Formatting (indentation, escaping, line ends) belongs to the
/// <see cref="System.Text.Json.Utf8JsonWriter"/> that <see cref="TimelineJsonWriter"/> passes in.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectNullableAnnotations = true,
    Converters = [typeof(IsoDateJsonConverter), typeof(NameJsonConverterFactory)])]
[JsonSerializable(typeof(TimelineDto))]
internal sealed partial class TimelineJsonContext : JsonSerializerContext;

using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Timeline.Export.Json.Format;

/// <summary>
/// A day as <c>"YYYY-MM-DD"</c>, read and written by NodaTime.Serialization.SystemTextJson's
/// <see cref="NodaConverters.LocalDateConverter"/>. The source generator can only name a converter type with a
/// parameterless constructor (it does not support NodaTime's own <c>NodaTimeDefaultJsonConverterAttribute</c>,
/// SYSLIB1223), hence this thin wrapper.
/// </summary>
internal sealed class IsoDateJsonConverter : JsonConverter<LocalDate>
{
    private static readonly JsonConverter<LocalDate> Noda = NodaConverters.LocalDateConverter;

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Noda.Read(ref reader, typeToConvert, options);

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        Noda.Write(writer, value, options);
}

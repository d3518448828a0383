using System.Text.Json;
using System.Text.Json.Serialization;
using Timeline.Events;
using Timeline.Temporal;

namespace Timeline.Export.Json.Format;

/// <summary>Writes and reads every enum of the format as its name in <see cref="TimelineJsonNames"/> (<c>"summit"</c>, <c>"CONSULT"</c>, …).</summary>
internal sealed class NameJsonConverterFactory : JsonConverterFactory
{
    private static readonly Dictionary<Type, JsonConverter> Converters = new JsonConverter[]
    {
        new NameJsonConverter<EventType>(TimelineJsonNames.Name, TimelineJsonNames.TryParse),
        new NameJsonConverter<PloverCategory>(TimelineJsonNames.Name, TimelineJsonNames.TryParse),
        new NameJsonConverter<EventStatus>(TimelineJsonNames.Name, TimelineJsonNames.TryParse),
        new NameJsonConverter<DatePrecision>(TimelineJsonNames.Name, TimelineJsonNames.TryParse),
        new NameJsonConverter<DateSource>(TimelineJsonNames.Name, TimelineJsonNames.TryParse),
        new NameJsonConverter<ParticipantKind>(TimelineJsonNames.Name, TimelineJsonNames.TryParse),
        new NameJsonConverter<EventRelationKind>(TimelineJsonNames.Name, TimelineJsonNames.TryParse),
        new NameJsonConverter<PublicationDateSource>(TimelineJsonNames.Name, TimelineJsonNames.TryParse),
    }.ToDictionary(c => c.Type!);

    public override bool CanConvert(Type typeToConvert) => Converters.ContainsKey(typeToConvert);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) => Converters[typeToConvert];
}

internal delegate bool NameParser<T>(string? name, out T value);

/// <summary>An enum value as its name.</summary>
internal sealed class NameJsonConverter<T>(Func<T, string> name, NameParser<T> parse) : JsonConverter<T> where T : struct, Enum
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // The reader turns any failure into a message with the path and the value (TimelineJsonErrors).
        if (reader.TokenType != JsonTokenType.String) throw new JsonException($"expected a {typeof(T).Name} name.");
        var text = reader.GetString();
        return parse(text, out var value) ? value : throw new JsonException($"\"{text}\" is not a known {typeof(T).Name}.");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(name(value));
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Timeline.Events;
using Timeline.Temporal;

namespace Timeline.Export.Json.Format;

/// <summary>An enum value as its name in <see cref="TimelineJsonNames"/> (<c>"summit"</c>, <c>"CONSULT"</c>, …).</summary>
internal abstract class NameJsonConverter<T> : JsonConverter<T> where T : struct, Enum
{
    protected abstract string Name(T value);

    protected abstract bool TryParse(string? name, out T value);

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // The reader turns any failure into a message with the path and the value (TimelineJsonErrors).
        if (reader.TokenType != JsonTokenType.String) throw new JsonException($"expected a {typeof(T).Name} name.");
        var text = reader.GetString();
        return TryParse(text, out var value) ? value : throw new JsonException($"\"{text}\" is not a known {typeof(T).Name}.");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(Name(value));
}

internal sealed class EventTypeJsonConverter : NameJsonConverter<EventType>
{
    protected override string Name(EventType value) => TimelineJsonNames.Name(value);

    protected override bool TryParse(string? name, out EventType value) => TimelineJsonNames.TryParse(name, out value);
}

internal sealed class PloverCategoryJsonConverter : NameJsonConverter<PloverCategory>
{
    protected override string Name(PloverCategory value) => TimelineJsonNames.Name(value);

    protected override bool TryParse(string? name, out PloverCategory value) => TimelineJsonNames.TryParse(name, out value);
}

internal sealed class EventStatusJsonConverter : NameJsonConverter<EventStatus>
{
    protected override string Name(EventStatus value) => TimelineJsonNames.Name(value);

    protected override bool TryParse(string? name, out EventStatus value) => TimelineJsonNames.TryParse(name, out value);
}

internal sealed class DatePrecisionJsonConverter : NameJsonConverter<DatePrecision>
{
    protected override string Name(DatePrecision value) => TimelineJsonNames.Name(value);

    protected override bool TryParse(string? name, out DatePrecision value) => TimelineJsonNames.TryParse(name, out value);
}

internal sealed class DateSourceJsonConverter : NameJsonConverter<DateSource>
{
    protected override string Name(DateSource value) => TimelineJsonNames.Name(value);

    protected override bool TryParse(string? name, out DateSource value) => TimelineJsonNames.TryParse(name, out value);
}

internal sealed class ParticipantKindJsonConverter : NameJsonConverter<ParticipantKind>
{
    protected override string Name(ParticipantKind value) => TimelineJsonNames.Name(value);

    protected override bool TryParse(string? name, out ParticipantKind value) => TimelineJsonNames.TryParse(name, out value);
}

internal sealed class EventRelationKindJsonConverter : NameJsonConverter<EventRelationKind>
{
    protected override string Name(EventRelationKind value) => TimelineJsonNames.Name(value);

    protected override bool TryParse(string? name, out EventRelationKind value) => TimelineJsonNames.TryParse(name, out value);
}

internal sealed class PublicationDateSourceJsonConverter : NameJsonConverter<PublicationDateSource>
{
    protected override string Name(PublicationDateSource value) => TimelineJsonNames.Name(value);

    protected override bool TryParse(string? name, out PublicationDateSource value) => TimelineJsonNames.TryParse(name, out value);
}

using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Timeline.Events;
using Timeline.Temporal;
using Timeline.Timelines;

namespace Timeline.Export.Json.Format;

/// <summary>
/// The write side of the shape of <c>TimelineDto.cs</c>: the same objects, properties and names in the same order,
/// written with <see cref="Utf8JsonWriter"/> calls straight from the model, with pre-encoded property names, enum
/// values as their <see cref="TimelineJsonNames"/> names and days as <c>YYYY-MM-DD</c>. Nothing is made per event but
/// the bytes (a corpus timeline has hundreds of thousands of events). The reader deserializes <c>TimelineDto</c> with
/// the source-generated <see cref="TimelineJsonContext"/>; the round-trip and schema tests hold the two to one shape.
/// </summary>
internal static class TimelineOutput
{
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Published = JsonEncodedText.Encode("published");
    private static readonly JsonEncodedText PublishedFrom = JsonEncodedText.Encode("publishedFrom");
    private static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText Plover = JsonEncodedText.Encode("plover");
    private static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
    private static readonly JsonEncodedText DateSource = JsonEncodedText.Encode("dateSource");
    private static readonly JsonEncodedText ConflictingDates = JsonEncodedText.Encode("conflictingDates");
    private static readonly JsonEncodedText Participants = JsonEncodedText.Encode("participants");
    private static readonly JsonEncodedText Location = JsonEncodedText.Encode("location");
    private static readonly JsonEncodedText Mentions = JsonEncodedText.Encode("mentions");
    private static readonly JsonEncodedText Document = JsonEncodedText.Encode("document");
    private static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText End = JsonEncodedText.Encode("end");
    private static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText Timex = JsonEncodedText.Encode("timex");
    private static readonly JsonEncodedText TimexValue = JsonEncodedText.Encode("timexValue");
    private static readonly JsonEncodedText Trigger = JsonEncodedText.Encode("trigger");
    private static readonly JsonEncodedText LocationIsCountry = JsonEncodedText.Encode("locationIsCountry");
    private static readonly JsonEncodedText Relation = JsonEncodedText.Encode("relation");
    private static readonly JsonEncodedText RelatedTo = JsonEncodedText.Encode("relatedTo");
    private static readonly JsonEncodedText Precision = JsonEncodedText.Encode("precision");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText Role = JsonEncodedText.Encode("role");

    /// <summary>A document: <c>{"id", "published", "publishedFrom"}</c>.</summary>
    public static void WriteDocument(Utf8JsonWriter writer, TimelineDocument document)
    {
        writer.WriteStartObject();
        writer.WriteString(Id, JsonText.Of(document.Id));
        if (document.Published is { } day) WriteDay(writer, Published, day);
        else writer.WriteNull(Published);
        writer.WriteString(PublishedFrom, TimelineJsonNames.Name(document.PublishedFrom));
        writer.WriteEndObject();
    }

    /// <summary>An event with its mentions (the order of <c>EventDto</c>).</summary>
    public static void WriteEvent(Utf8JsonWriter writer, TimelineEvent e)
    {
        writer.WriteStartObject();
        writer.WriteString(Id, e.Id);
        writer.WriteString(Type, TimelineJsonNames.Name(e.Type));
        writer.WriteString(Plover, TimelineJsonNames.Name(e.Plover));
        writer.WriteString(Status, TimelineJsonNames.Name(e.Status));
        writer.WriteString(Title, JsonText.Of(e.Title));
        WriteDate(writer, Date, e.Date);
        writer.WriteString(DateSource, TimelineJsonNames.Name(e.Date is null ? Events.DateSource.None : e.DateSource));
        writer.WriteStartArray(ConflictingDates);
        foreach (var d in e.ConflictingDates) WriteDate(writer, d);
        writer.WriteEndArray();
        WriteParticipants(writer, e.Participants);
        WriteText(writer, Location, e.Location);
        writer.WriteStartArray(Mentions);
        foreach (var m in e.Mentions) WriteMention(writer, e, m);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteMention(Utf8JsonWriter writer, TimelineEvent e, Observation m)
    {
        writer.WriteStartObject();
        writer.WriteString(Document, JsonText.Of(m.Document));
        writer.WriteNumber(Start, m.Span.Start);
        writer.WriteNumber(End, m.Span.End);
        writer.WriteString(Text, JsonText.Of(m.Text));
        WriteText(writer, Timex, m.Timex);
        if (m.TimexValue is null) writer.WriteNull(TimexValue);
        else writer.WriteString(TimexValue, m.TimexValue);
        writer.WriteString(Type, TimelineJsonNames.Name(m.Type));
        writer.WriteString(Status, TimelineJsonNames.Name(m.Status));
        WriteDate(writer, Date, m.Date);
        writer.WriteString(DateSource, TimelineJsonNames.Name(TimelineJsonWriter.MentionDateSource(e, m)));
        writer.WritePropertyName(Trigger);
        WriteSpan(writer, m.Trigger);
        WriteParticipants(writer, m.Participants);
        WriteText(writer, Location, m.Location);
        writer.WriteBoolean(LocationIsCountry, m.LocationIsCountry);
        if (m.Relation is { } relation) writer.WriteString(Relation, TimelineJsonNames.Name(relation));
        else writer.WriteNull(Relation);
        writer.WritePropertyName(RelatedTo);
        if (m.RelatedTo is { } to) WriteSpan(writer, to);
        else writer.WriteNullValue();
        writer.WriteEndObject();
    }

    // "participants": [{"name", "kind", "role"}], the role left out when there is none.
    private static void WriteParticipants(Utf8JsonWriter writer, IReadOnlyList<Participant> participants)
    {
        writer.WriteStartArray(Participants);
        for (int i = 0; i < participants.Count; i++)
        {
            var p = participants[i];
            writer.WriteStartObject();
            writer.WriteString(Name, JsonText.Of(p.Name));
            writer.WriteString(Kind, TimelineJsonNames.Name(p.Kind));
            if (p.Role is not null) writer.WriteString(Role, JsonText.Of(p.Role));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteSpan(Utf8JsonWriter writer, TextSpan span)
    {
        writer.WriteStartObject();
        writer.WriteNumber(Start, span.Start);
        writer.WriteNumber(End, span.End);
        writer.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteString(name, JsonText.Of(value));
    }

    private static void WriteDate(Utf8JsonWriter writer, JsonEncodedText name, EventDate? date)
    {
        writer.WritePropertyName(name);
        if (date is null) writer.WriteNullValue();
        else WriteDate(writer, date);
    }

    // {"start", "end", "precision"}
    private static void WriteDate(Utf8JsonWriter writer, EventDate date)
    {
        writer.WriteStartObject();
        WriteDay(writer, Start, date.Start);
        WriteDay(writer, End, date.End);
        writer.WriteString(Precision, TimelineJsonNames.Name(date.Precision));
        writer.WriteEndObject();
    }

    /// <summary>
    /// A day as <c>YYYY-MM-DD</c>: the text of NodaTime's <see cref="LocalDatePattern.Iso"/> (which the reader's
    /// converter parses), made in place for the years 0–9999 and through the pattern for any other.
    /// </summary>
    private static void WriteDay(Utf8JsonWriter writer, JsonEncodedText name, LocalDate day)
    {
        if (day.Year is < 0 or > 9999)
        {
            writer.WriteString(name, LocalDatePattern.Iso.Format(day));
            return;
        }
        Span<byte> text = stackalloc byte[10];
        int year = day.Year;
        text[0] = (byte)('0' + year / 1000);
        text[1] = (byte)('0' + year / 100 % 10);
        text[2] = (byte)('0' + year / 10 % 10);
        text[3] = (byte)('0' + year % 10);
        text[4] = (byte)'-';
        text[5] = (byte)('0' + day.Month / 10);
        text[6] = (byte)('0' + day.Month % 10);
        text[7] = (byte)'-';
        text[8] = (byte)('0' + day.Day / 10);
        text[9] = (byte)('0' + day.Day % 10);
        writer.WriteString(name, text);
    }
}

using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Timeline.Events;
using Timeline.Temporal;
using Timeline.Timelines;

namespace Timeline.Export.Json;

/// <summary>The outcome of reading a timeline: the timeline, or what is wrong with the input.</summary>
/// <param name="Timeline">The timeline read; null on failure.</param>
/// <param name="Error">What is wrong, with the JSON path where it is (<c>$.events[3].mentions[0].date.start: …</c>); null on success.</param>
public sealed record TimelineReadResult(EventTimeline? Timeline, string? Error)
{
    /// <summary>Whether the input was a timeline.</summary>
    public bool Success => Timeline is not null;

    /// <summary>The timeline, or an <see cref="InvalidDataException"/> with <see cref="Error"/>.</summary>
    public EventTimeline GetValueOrThrow() => Timeline ?? throw new InvalidDataException(Error);
}

/// <summary>
/// Reads the JSON that <see cref="TimelineJsonWriter"/> writes back into an <see cref="EventTimeline"/>, so that a
/// saved timeline can be merged with new articles. The documents and every mention are read; the events are rebuilt
/// from the mentions (their fields are derived from them), so writing what was read gives the same bytes. Never
/// throws on bad input: the result says what is wrong.
/// </summary>
public static class TimelineJsonReader
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    private sealed class Problem(string path, string message) : Exception($"{path}: {message}");

    /// <summary>Reads a timeline from UTF-8 JSON.</summary>
    public static TimelineReadResult Read(ReadOnlyMemory<byte> utf8Json)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = 64 });
            return new TimelineReadResult(Read(document.RootElement), null);
        }
        catch (JsonException e)
        {
            return new TimelineReadResult(null, $"not valid JSON: {e.Message}");
        }
        catch (Problem e)
        {
            return new TimelineReadResult(null, e.Message);
        }
    }

    /// <summary>Reads a timeline from a stream of UTF-8 JSON (read to its end).</summary>
    public static TimelineReadResult Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return Read(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
    }

    private static EventTimeline Read(JsonElement root)
    {
        Expect(root, JsonValueKind.Object, "$");
        var documents = new List<TimelineDocument>();
        int i = 0;
        foreach (var d in Array(root, "documents", "$"))
        {
            var path = $"$.documents[{i++}]";
            Expect(d, JsonValueKind.Object, path);
            documents.Add(new TimelineDocument(
                RequiredString(d, "id", path),
                Day(d, "published", path),
                Name<PublicationDateSource>(d, "publishedFrom", path, TimelineJsonNames.TryParse)));
        }
        var observations = new List<Observation>();
        i = 0;
        foreach (var e in Array(root, "events", "$"))
        {
            var path = $"$.events[{i++}]";
            Expect(e, JsonValueKind.Object, path);
            int j = 0;
            foreach (var m in Array(e, "mentions", path)) observations.Add(Mention(m, $"{path}.mentions[{j++}]"));
        }
        return EventTimeline.Build(documents, observations);
    }

    private static Observation Mention(JsonElement m, string path)
    {
        Expect(m, JsonValueKind.Object, path);
        var date = Date(Property(m, "date", path), $"{path}.date");
        // "merge" and "relation" on a mention without its own date describe its event; its own source is none.
        var source = Name<DateSource>(m, "dateSource", path, TimelineJsonNames.TryParse);
        var relation = Property(m, "relation", path);
        var relatedTo = Property(m, "relatedTo", path);
        return new Observation
        {
            Document = RequiredString(m, "document", path),
            Span = new TextSpan(Int(m, "start", path), Int(m, "end", path)),
            Text = RequiredString(m, "text", path),
            Timex = String(m, "timex", path),
            TimexValue = String(m, "timexValue", path),
            Type = Name<EventType>(m, "type", path, TimelineJsonNames.TryParse),
            Status = Name<EventStatus>(m, "status", path, TimelineJsonNames.TryParse),
            Date = date,
            DateSource = date is null ? DateSource.None : source,
            Trigger = Span(Property(m, "trigger", path), $"{path}.trigger"),
            Participants = Participants(m, path),
            Location = String(m, "location", path),
            LocationIsCountry = Bool(m, "locationIsCountry", path),
            Relation = relation.ValueKind == JsonValueKind.Null ? null : Name<EventRelationKind>(m, "relation", path, TimelineJsonNames.TryParse),
            RelatedTo = relatedTo.ValueKind == JsonValueKind.Null ? null : Span(relatedTo, $"{path}.relatedTo"),
        };
    }

    private static List<Participant> Participants(JsonElement owner, string path)
    {
        var participants = new List<Participant>();
        int i = 0;
        foreach (var p in Array(owner, "participants", path))
        {
            var at = $"{path}.participants[{i++}]";
            Expect(p, JsonValueKind.Object, at);
            participants.Add(new Participant(
                RequiredString(p, "name", at),
                Name<ParticipantKind>(p, "kind", at, TimelineJsonNames.TryParse),
                p.TryGetProperty("role", out _) ? String(p, "role", at) : null));
        }
        return participants;
    }

    private static EventDate? Date(JsonElement d, string path)
    {
        if (d.ValueKind == JsonValueKind.Null) return null;
        Expect(d, JsonValueKind.Object, path);
        var start = Day(d, "start", path) ?? throw new Problem($"{path}.start", "a date YYYY-MM-DD is required.");
        var end = Day(d, "end", path) ?? throw new Problem($"{path}.end", "a date YYYY-MM-DD is required.");
        if (end < start) throw new Problem(path, $"end {DatePattern.Format(end)} is before start {DatePattern.Format(start)}.");
        return new EventDate(start, end, Name<DatePrecision>(d, "precision", path, TimelineJsonNames.TryParse));
    }

    private static TextSpan Span(JsonElement s, string path)
    {
        Expect(s, JsonValueKind.Object, path);
        int start = Int(s, "start", path), end = Int(s, "end", path);
        if (start < 0 || end < start) throw new Problem(path, $"[{start}, {end}) is not a span of text.");
        return new TextSpan(start, end);
    }

    private static JsonElement Property(JsonElement owner, string name, string path) =>
        owner.TryGetProperty(name, out var value) ? value : throw new Problem($"{path}.{name}", "missing.");

    private static JsonElement.ArrayEnumerator Array(JsonElement owner, string name, string path)
    {
        var value = Property(owner, name, path);
        Expect(value, JsonValueKind.Array, $"{path}.{name}");
        return value.EnumerateArray();
    }

    private static string? String(JsonElement owner, string name, string path)
    {
        var value = Property(owner, name, path);
        if (value.ValueKind == JsonValueKind.Null) return null;
        Expect(value, JsonValueKind.String, $"{path}.{name}");
        return value.GetString();
    }

    private static string RequiredString(JsonElement owner, string name, string path) =>
        String(owner, name, path) ?? throw new Problem($"{path}.{name}", "a string is required, not null.");

    private static int Int(JsonElement owner, string name, string path)
    {
        var value = Property(owner, name, path);
        Expect(value, JsonValueKind.Number, $"{path}.{name}");
        return value.TryGetInt32(out int n) ? n : throw new Problem($"{path}.{name}", $"{value.GetRawText()} is not a whole number.");
    }

    private static bool Bool(JsonElement owner, string name, string path)
    {
        var value = Property(owner, name, path);
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new Problem($"{path}.{name}", $"expected true or false, not {Describe(value.ValueKind)}."),
        };
    }

    private static LocalDate? Day(JsonElement owner, string name, string path)
    {
        var text = String(owner, name, path);
        if (text is null) return null;
        var parsed = DatePattern.Parse(text);
        return parsed.Success ? parsed.Value : throw new Problem($"{path}.{name}", $"\"{text}\" is not a date YYYY-MM-DD.");
    }

    private delegate bool TryParse<T>(string? name, out T value);

    private static T Name<T>(JsonElement owner, string name, string path, TryParse<T> parse)
    {
        var text = RequiredString(owner, name, path);
        return parse(text, out var value) ? value : throw new Problem($"{path}.{name}", $"\"{text}\" is not a known {name}.");
    }

    private static void Expect(JsonElement value, JsonValueKind kind, string path)
    {
        if (value.ValueKind != kind) throw new Problem(path, $"expected {Describe(kind)}, not {Describe(value.ValueKind)}.");
    }

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
}

using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Timeline.Cli.Inputs;
using Timeline.Temporal;

namespace Timeline.Cli.Output;

/// <summary>
/// The output line of <c>timeline timexes</c> for one document:
/// <c>{"id", "dct", "dctSource", "timexes": [{"start", "end", "text", "type", "value", "precision", "anchoring"}]}</c>.
/// <c>start</c>/<c>end</c> index the input text in UTF-16 code units, end exclusive.
/// </summary>
internal static class TimexesJson
{
    /// <summary>Writes the line's object for <paramref name="id"/> and its tagging <paramref name="result"/>.</summary>
    public static void Write(Utf8JsonWriter w, DocumentId id, TaggingResult result)
    {
        w.WriteStartObject();
        w.WritePropertyName("id"u8);
        id.WriteTo(w);
        WriteDate(w, "dct"u8, result.Publication.Date);
        w.WriteString("dctSource"u8, SourceName(result.Publication.Source));
        w.WriteStartArray("timexes"u8);
        foreach (var e in result.Expressions)
        {
            w.WriteStartObject();
            w.WriteNumber("start"u8, e.Span.Start);
            w.WriteNumber("end"u8, e.Span.End);
            w.WriteString("text"u8, e.Text);
            w.WriteString("type"u8, TypeName(e.Type));
            w.WriteString("value"u8, e.Value);
            if (e.Precision == Precision.None) w.WriteNull("precision"u8);
            else w.WriteString("precision"u8, PrecisionName(e.Precision));
            w.WriteString("anchoring"u8, AnchoringName(e.Anchoring));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Writes a date as <c>YYYY-MM-DD</c>, or null.</summary>
    public static void WriteDate(Utf8JsonWriter w, ReadOnlySpan<byte> name, LocalDate? date)
    {
        if (date is { } d) w.WriteString(name, LocalDatePattern.Iso.Format(d));
        else w.WriteNull(name);
    }

    /// <summary>TIMEX3 type names.</summary>
    public static string TypeName(TimexType type) => type switch
    {
        TimexType.Date => "DATE",
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        TimexType.Set => "SET",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The lower-case name of a precision (<c>day</c>, <c>month</c>, <c>halfyear</c>, <c>partofday</c>).</summary>
    public static string PrecisionName(Precision precision) => precision switch
    {
        Precision.None => "none",
        Precision.Century => "century",
        Precision.Decade => "decade",
        Precision.Year => "year",
        Precision.HalfYear => "halfyear",
        Precision.Season => "season",
        Precision.Quarter => "quarter",
        Precision.Month => "month",
        Precision.Week => "week",
        Precision.Day => "day",
        Precision.PartOfDay => "partofday",
        Precision.Minute => "minute",
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, null),
    };

    /// <summary>How an expression was anchored: <c>self</c>, <c>publication</c>, <c>expression</c>, <c>unresolved</c>.</summary>
    public static string AnchoringName(Anchoring anchoring) => anchoring switch
    {
        Anchoring.Self => "self",
        Anchoring.PublicationDate => "publication",
        Anchoring.OtherExpression => "expression",
        Anchoring.Unresolved => "unresolved",
        _ => throw new ArgumentOutOfRangeException(nameof(anchoring), anchoring, null),
    };

    /// <summary>Where the publication date came from: <c>caller</c>, <c>dateline</c>, <c>none</c>.</summary>
    public static string SourceName(PublicationDateSource source) => source switch
    {
        PublicationDateSource.Caller => "caller",
        PublicationDateSource.Dateline => "dateline",
        PublicationDateSource.None => "none",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };
}

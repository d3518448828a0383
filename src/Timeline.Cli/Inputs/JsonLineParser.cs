using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Timeline.Cli.Inputs;

/// <summary>
/// Reads one JSON Lines record <c>{"id": any, "dct": "YYYY-MM-DD" | null, "text": string}</c>; other fields are
/// ignored. Never throws: a line that is not such a record becomes an <see cref="InputError"/>.
/// </summary>
internal static class JsonLineParser
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    /// <summary>Parses <paramref name="utf8"/>, the bytes of line <paramref name="line"/> of <paramref name="source"/>.</summary>
    public static InputItem Parse(string source, int line, ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 256 });
        var id = DocumentId.None;
        LocalDate? dct = null;
        string? text = null;
        string? problem = null;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return new InputError(source, line, "expected a JSON object {\"id\": …, \"dct\": …, \"text\": …}.");
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("id"u8))
                {
                    reader.Read();
                    int start = checked((int)reader.TokenStartIndex);
                    reader.Skip();
                    id = DocumentId.FromJson(utf8[start..checked((int)reader.BytesConsumed)]);
                }
                else if (reader.ValueTextEquals("dct"u8))
                {
                    reader.Read();
                    dct = null;
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        var value = reader.GetString()!;
                        var parsed = DatePattern.Parse(value);
                        if (parsed.Success) dct = parsed.Value;
                        else problem ??= $"\"dct\" must be a date YYYY-MM-DD or null, not \"{value}\".";
                    }
                    else if (reader.TokenType != JsonTokenType.Null)
                    {
                        problem ??= $"\"dct\" must be a date YYYY-MM-DD or null, not a JSON {Describe(reader.TokenType)}.";
                        reader.Skip();
                    }
                }
                else if (reader.ValueTextEquals("text"u8))
                {
                    reader.Read();
                    text = null;
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        text = reader.GetString();
                    }
                    else
                    {
                        problem ??= $"\"text\" must be a string, not a JSON {Describe(reader.TokenType)}.";
                        reader.Skip();
                    }
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
            // Anything after the object other than white space is an error the reader reports here.
            while (reader.Read())
            {
            }
        }
        catch (JsonException e)
        {
            return new InputError(source, line, $"not valid JSON: {WithoutPosition(e.Message)}");
        }
        catch (InvalidOperationException e)
        {
            // GetString on a string holding an unpaired surrogate escape ("\ud800").
            return new InputError(source, line, $"not valid JSON: {e.Message}");
        }

        if (problem is not null) return new InputError(source, line, problem);
        if (text is null) return new InputError(source, line, "missing \"text\" (a string).");
        return new InputDocument(source, line, id, dct, text);
    }

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "object",
        JsonTokenType.StartArray => "array",
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        JsonTokenType.Null => "null",
        _ => type.ToString().ToLowerInvariant(),
    };

    // The reader's messages end with "LineNumber: 0 | BytePositionInLine: 12."; within one line only the byte matters.
    private static string WithoutPosition(string message)
    {
        int at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (at < 0) return message;
        int pos = message.IndexOf("BytePositionInLine: ", at, StringComparison.Ordinal);
        var head = message[..at].TrimEnd();
        if (pos < 0) return head;
        var number = message[(pos + "BytePositionInLine: ".Length)..].TrimEnd('.', ' ');
        return long.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long b)
            ? $"{head} (at byte {b + 1})"
            : head;
    }
}

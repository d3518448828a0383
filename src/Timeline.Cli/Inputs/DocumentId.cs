using System.Text.Json;

namespace Timeline.Cli.Inputs;

/// <summary>
/// A document's id as it must be echoed: the exact JSON of the input's <c>id</c> (any JSON type, written back
/// byte for byte), a string (a text file's name), or null when the input had none.
/// </summary>
internal readonly struct DocumentId
{
    private readonly byte[]? _json;
    private readonly string? _name;

    private DocumentId(byte[]? json, string? name)
    {
        _json = json;
        _name = name;
    }

    /// <summary>No id: written as JSON null.</summary>
    public static DocumentId None => default;

    /// <summary>An id given as a JSON value; <paramref name="utf8Json"/> must be one complete, valid JSON value.</summary>
    public static DocumentId FromJson(ReadOnlySpan<byte> utf8Json) => new(utf8Json.ToArray(), null);

    /// <summary>An id that is a plain string (a file name).</summary>
    public static DocumentId FromString(string name) => new(null, name);

    /// <summary>Writes the id as a JSON value.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        if (_json is not null) writer.WriteRawValue(_json, skipInputValidation: true);
        else if (_name is not null) writer.WriteStringValue(_name);
        else writer.WriteNullValue();
    }

    /// <summary>
    /// The id as a plain string, as a timeline names documents: a JSON string's value, the JSON text of any other
    /// value (<c>17</c>), or null when there is no id (absent or JSON null).
    /// </summary>
    public string? AsText()
    {
        if (_name is not null) return _name;
        if (_json is null) return null;
        var reader = new Utf8JsonReader(_json);
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String => reader.GetString(),
            _ => System.Text.Encoding.UTF8.GetString(_json),
        };
    }

    /// <inheritdoc />
    public override string ToString() =>
        _json is not null ? System.Text.Encoding.UTF8.GetString(_json) : _name is not null ? $"\"{JsonEncodedText.Encode(_name)}\"" : "null";
}

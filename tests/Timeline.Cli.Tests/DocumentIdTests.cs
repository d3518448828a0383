using System.Text;
using System.Text.Json;
using Timeline.Cli.Inputs;

namespace Timeline.Cli.Tests;

/// <summary>How a document id shows as text: the JSON it was given, or a file name as a JSON string.</summary>
public class DocumentIdTests
{
    [Theory]
    [InlineData("plain")]
    [InlineData("quote \" and backslash \\")]
    [InlineData("<tag> & 'apostrophe'")]
    [InlineData("Пхеньян 평양 é")]
    [InlineData("control \u0001 tab \t")]
    public void A_file_name_shows_as_the_JSON_string_the_serializer_writes(string name) =>
        DocumentId.FromString(name).ToString().Should().Be(JsonSerializer.Serialize(name));

    [Theory]
    [InlineData("17")]
    [InlineData("\"a\\u0022b\"")]
    [InlineData("{\"x\": [1, 2]}")]
    public void A_JSON_id_shows_as_given(string json) =>
        DocumentId.FromJson(Encoding.UTF8.GetBytes(json)).ToString().Should().Be(json);

    [Fact]
    public void No_id_shows_as_null() => DocumentId.None.ToString().Should().Be("null");
}

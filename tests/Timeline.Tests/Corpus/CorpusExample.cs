using NodaTime;
using Xunit.Abstractions;

namespace Timeline.Tests.Corpus;

/// <summary>
/// One line of an example corpus (<c>src/Timeline.English/Corpus/*.tsv</c>). A positive line is
/// <c>reference TAB text TAB span TAB value</c>: tagging <c>text</c> at the reference date must give an expression
/// whose text is exactly <c>span</c> and whose TIMEX3 value is <c>value</c>. A negative line is
/// <c>reference TAB text TAB forbidden</c>: no expression may overlap <c>forbidden</c> (<c>*</c>: no expression at all).
/// The reference is <c>YYYY-MM-DD</c>, or <c>-</c> for none.
/// </summary>
public sealed class CorpusExample : IXunitSerializable
{
    /// <summary>For the serializer.</summary>
    public CorpusExample()
    {
    }

    public CorpusExample(string file, int line, LocalDate? reference, string text, string span, string? value)
    {
        File = file;
        Line = line;
        Reference = reference;
        Text = text;
        Span = span;
        Value = value;
    }

    public string File { get; private set; } = "";

    public int Line { get; private set; }

    public LocalDate? Reference { get; private set; }

    public string Text { get; private set; } = "";

    /// <summary>Positive: the expected expression text. Negative: the forbidden text, or <c>*</c>.</summary>
    public string Span { get; private set; } = "";

    /// <summary>Positive: the expected TIMEX3 value. Negative: null.</summary>
    public string? Value { get; private set; }

    public bool IsNegative => Value is null;

    public string Location => $"{File}:{Line}";

    public override string ToString() => $"{Location} {Text}";

    public void Serialize(IXunitSerializationInfo info)
    {
        info.AddValue(nameof(File), File);
        info.AddValue(nameof(Line), Line);
        info.AddValue(nameof(Reference), Reference is { } r ? CorpusFile.FormatDate(r) : "-");
        info.AddValue(nameof(Text), Text);
        info.AddValue(nameof(Span), Span);
        info.AddValue(nameof(Value), Value);
    }

    public void Deserialize(IXunitSerializationInfo info)
    {
        File = info.GetValue<string>(nameof(File));
        Line = info.GetValue<int>(nameof(Line));
        Reference = CorpusFile.TryParseReference(info.GetValue<string>(nameof(Reference)), out var r) ? r : null;
        Text = info.GetValue<string>(nameof(Text));
        Span = info.GetValue<string>(nameof(Span));
        Value = info.GetValue<string?>(nameof(Value));
    }
}

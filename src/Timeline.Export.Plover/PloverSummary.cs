namespace Timeline.Export.Plover;

/// <summary>What <see cref="PloverWriter.Write"/> wrote.</summary>
/// <param name="Events">The records written, one per line.</param>
/// <param name="Undated">Events left out because they have no date (PLOVER requires <c>date</c>).</param>
/// <param name="Uncategorized">Dated events left out because their type has no PLOVER category (<c>other</c>).</param>
public sealed record PloverSummary(int Events, int Undated, int Uncategorized);

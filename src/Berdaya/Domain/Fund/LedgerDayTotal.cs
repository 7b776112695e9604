using Berdaya.Domain.Common;

namespace Berdaya.Domain.Fund;

/// <summary>
/// The debits and credits of one account on one entry date by entry kind, summed from the journal lines
/// of the entries the daily closes have counted (<see cref="JournalEntry.TotalsRunId"/> set). Balances are
/// these totals plus the lines of the entries not yet counted; the journal itself is never changed.
/// </summary>
public sealed class LedgerDayTotal : INotAudited
{
    private LedgerDayTotal() { }

    public Guid ProgramId { get; private set; }
    public LedgerAccount Account { get; private set; }
    public DateOnly EntryDate { get; private set; }
    public EntryKind Kind { get; private set; }
    public decimal Debit { get; private set; }
    public decimal Credit { get; private set; }
}

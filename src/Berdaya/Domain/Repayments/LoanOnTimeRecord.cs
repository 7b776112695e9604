using Berdaya.Domain.Common;
using Berdaya.Domain.Loans;

namespace Berdaya.Domain.Repayments;

/// <summary>One installment of a loan's on-time record: its due date and the day it was paid off, if it was.</summary>
public readonly record struct DueAndPaid(DateOnly DueDate, DateOnly? PaidOffOn);

/// <summary>
/// A loan's on-time record in one row (decision 0023): the due date and paid-off date of every installment that counts
/// (<see cref="OnTime.Counting"/>), packed small, so a program's whole record is read one row per loan instead of one per
/// installment. Derived from the loan: rewritten whenever its installments change, in the same save.
/// </summary>
public sealed class LoanOnTimeRecord : INotAudited
{
    private LoanOnTimeRecord() { }

    public Guid LoanId { get; private set; }
    public Guid ProgramId { get; private set; }
    public Guid PartnerId { get; private set; }
    public DateOnly DisbursedOn { get; private set; }

    /// <summary>The installments, oldest due first, packed by <see cref="Pack"/>.</summary>
    public byte[] Dues { get; private set; } = [];

    public static LoanOnTimeRecord Of(Loan loan)
    {
        var record = new LoanOnTimeRecord { LoanId = loan.Id };
        record.Refresh(loan);
        return record;
    }

    /// <summary>Reads the loan's installments again (after a payment, a reversal or a rescheduling).</summary>
    public void Refresh(Loan loan)
    {
        ProgramId = loan.ProgramId;
        PartnerId = loan.PartnerId;
        DisbursedOn = loan.DisbursedOn;
        Dues = Pack(OnTime.Counting(loan).Select(i => new DueAndPaid(i.DueDate, i.PaidOffOn)));
    }

    /// <summary>
    /// Each installment as two variable-length numbers: the days since the previous due date (the first: its day number),
    /// and 0 when not paid off, otherwise one more than the zigzag-coded days from due date to payoff. Two or three bytes
    /// for a monthly installment.
    /// </summary>
    public static byte[] Pack(IEnumerable<DueAndPaid> dues)
    {
        var bytes = new List<byte>(80);
        var previous = 0;
        foreach (var d in dues.OrderBy(d => d.DueDate))
        {
            var day = d.DueDate.DayNumber;
            Write(bytes, (uint)(day - previous));
            previous = day;
            Write(bytes, d.PaidOffOn is { } p ? Zigzag(p.DayNumber - day) + 1 : 0u);
        }

        return [.. bytes];
    }

    /// <summary>Reads back what <see cref="Pack"/> wrote, into <paramref name="into"/> (cleared first).</summary>
    public static void Unpack(byte[] dues, List<DueAndPaid> into)
    {
        into.Clear();
        var at = 0;
        var day = 0;
        while (at < dues.Length)
        {
            day += (int)Read(dues, ref at);
            var paid = Read(dues, ref at);
            into.Add(new DueAndPaid(DateOnly.FromDayNumber(day), paid == 0 ? null : DateOnly.FromDayNumber(day + Unzigzag(paid - 1))));
        }
    }

    private static uint Zigzag(int v) => (uint)((v << 1) ^ (v >> 31));

    private static int Unzigzag(uint v) => (int)(v >> 1) ^ -(int)(v & 1);

    private static void Write(List<byte> bytes, uint v)
    {
        while (v >= 0x80)
        {
            bytes.Add((byte)(v | 0x80));
            v >>= 7;
        }

        bytes.Add((byte)v);
    }

    private static uint Read(byte[] bytes, ref int at)
    {
        uint v = 0;
        var shift = 0;
        while (true)
        {
            var b = bytes[at++];
            v |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return v;
            }

            shift += 7;
        }
    }
}

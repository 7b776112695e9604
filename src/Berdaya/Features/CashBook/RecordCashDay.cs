using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.CashBook;
using Berdaya.Domain.Common;
using Berdaya.Web;
using Berdaya.Web.Auth;

namespace Berdaya.Features.CashBook;

/// <summary>
/// Records a day of a partner's cash book in one go (docs/domain.md, Cash book): blank rows are left out, every
/// other row is checked, and either every line is written or, when any row is wrong, none.
/// </summary>
[FeatureService]
public sealed class RecordCashDay(AppDbContext db, CashBookAccess access, CurrentUser me, TimeProvider clock)
{
    public const int MaxRows = 30;

    public sealed record Row
    {
        public CashCategory? Category { get; set; }
        public decimal? Amount { get; set; }
        public string? Note { get; set; }

        /// <summary>No amount and no note: a row of the form left empty.</summary>
        public bool IsBlank => Amount is null && string.IsNullOrWhiteSpace(Note);
    }

    public sealed record Command
    {
        public DateOnly? Date { get; set; }
        public List<Row> Rows { get; set; } = [];
    }

    public sealed record Result(Guid PartnerId, DateOnly Date, IReadOnlyList<Guid> LineIds);

    public async Task<Result> HandleAsync(Guid partnerId, Command c, CancellationToken ct = default)
    {
        var owner = await access.RequireAsync(partnerId, ct);
        var today = clock.Today();
        var errors = new List<DomainException>();
        CashBookRules.CheckDate(c.Date, today, "Date", errors);
        var rows = c.Rows ?? [];
        if (rows.Count > MaxRows)
        {
            errors.Add(new DomainException("cashbook.rows.toomany", "Rows", ErrorKind.Validation, MaxRows));
        }

        var entered = 0;
        for (var i = 0; i < rows.Count && i < MaxRows; i++)
        {
            var row = rows[i];
            if (row is null || row.IsBlank)
            {
                continue;
            }

            entered++;
            CashBookRules.CheckLine(row.Category, row.Amount, row.Note, string.Create(CultureInfo.InvariantCulture, $"Rows[{i}]."), errors);
        }

        if (entered == 0 && rows.Count <= MaxRows)
        {
            errors.Add(new DomainException("cashbook.rows.required", "Rows"));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var at = clock.GetUtcNow();
        var lines = rows.Where(r => r is not null && !r.IsBlank)
            .Select(r => CashLine.Record(owner.ProgramId, owner.Id, c.Date!.Value, r.Category!.Value, r.Amount!.Value, r.Note, me.RequiredId, at))
            .ToList();
        db.CashLines.AddRange(lines);
        await db.SaveChangesAsync(ct);
        return new Result(owner.Id, c.Date!.Value, lines.Select(l => l.Id).ToList());
    }
}

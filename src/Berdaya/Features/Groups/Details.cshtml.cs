using Berdaya.Domain.Common;
using Berdaya.Domain.Loans;
using Berdaya.Features.Loans;
using Berdaya.Features.Proposals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Groups;

public sealed class DetailsModel(GroupQueries queries, GroupAccess access, ProposalAccess proposals, Repayments.CollectionAccess collection, LoanAccess loans,
    Data.AppDbContext db) : PageModel
{
    public GroupDetail Group { get; private set; } = null!;
    public IReadOnlyList<TimelineItem> Timeline { get; private set; } = [];
    public bool MayWrite => access.MayWrite;
    public bool MayDraftProposal { get; private set; }
    public bool MayCollect { get; private set; }

    /// <summary>The members' loans the user may see, with days past due and class as of today (issue 3 section 5: "shown live").</summary>
    public IReadOnlyList<GroupLoanRow> Loans { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Group = await queries.DetailAsync(id, ct);
            Timeline = await queries.TimelineAsync(id, ct);
        }
        catch (DomainException ex) when (ex.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        MayDraftProposal = (Group.CurrentProposal is null || Group.CurrentProposal.Status == Domain.Proposals.ProposalStatus.Decided)
                           && await proposals.MayEditAsync(id, ct);
        MayCollect = await collection.MayCollectAsync(id, ct);
        var today = loans.Today;
        var rows = await (await loans.LoansAsync(ct)).Where(l => l.GroupId == id)
            .Join(db.Partners, l => l.PartnerId, p => p.Id, (l, p) => new { l.Id, l.Number, p.OwnerName, l.PrincipalOutstanding, l.Status, l.OldestUnpaidDueDate, l.DaysPastDue, l.DisbursedOn })
            .ToListAsync(ct);
        Loans = rows.OrderByDescending(r => r.DisbursedOn).ThenBy(r => r.OwnerName)
            .Select(r =>
            {
                // Arrears move every day, so an active loan's days are counted now; a written-off loan keeps the days it was written off with.
                var days = r.Status == LoanStatus.Active ? Arrears.DaysPastDue(today, r.OldestUnpaidDueDate) : r.Status == LoanStatus.Repaid ? 0 : r.DaysPastDue;
                return new GroupLoanRow(r.Id, r.Number, r.OwnerName, r.PrincipalOutstanding, r.Status, days, Arrears.ClassOf(days));
            })
            .ToList();
        return Page();
    }
}

public sealed record GroupLoanRow(Guid Id, string Number, string OwnerName, decimal PrincipalOutstanding, LoanStatus Status, int DaysPastDue, Collectibility Class);

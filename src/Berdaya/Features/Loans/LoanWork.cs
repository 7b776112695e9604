using Berdaya.Data;
using Berdaya.Domain.Groups;
using Berdaya.Domain.Loans;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Home;
using Berdaya.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Loans;

/// <summary>
/// Loans on the home page: for staff in the field and the office, the members in arrears in their scope (one count,
/// linking to the loan list filtered to the same loans); for a partner, their next installment, what is overdue and
/// whom to hand it to (docs/domain.md, Roles and scope).
/// </summary>
[FeatureService]
public sealed class LoanWork(LoanQueries queries, LoanAccess access, CurrentUser me, AppDbContext db, TextsLocalizer t) : IWorkSource
{
    public async Task<IReadOnlyList<WorkItem>> ItemsAsync(CancellationToken ct)
    {
        if (me.IsAdmin || me.IsOfficer || me.IsFacilitator)
        {
            var late = await queries.ArrearsCountAsync(ct);
            return late == 0 ? [] : [new WorkItem("loans-arrears", WorkItem.Arrears, t["loanpages.work.arrears"], "/loans?arrears=true", late)];
        }

        return me.IsPartner && (await me.ScopeAsync(ct)).PartnerId is { } partnerId ? [await InstallmentAsync(partnerId, ct)] : [];
    }

    private async Task<WorkItem> InstallmentAsync(Guid partnerId, CancellationToken ct)
    {
        var loan = await db.Loans.Where(l => l.PartnerId == partnerId && l.Status == LoanStatus.Active)
            .Select(l => new { l.Id, l.GroupId, l.ScheduleVersion })
            .FirstOrDefaultAsync(ct);
        if (loan is null)
        {
            return new WorkItem("loans-next", WorkItem.Installment, t["loanpages.work.none"], "/loans");
        }

        // One loan's schedule: a few dozen rows, summed here because SQLite cannot compare decimals.
        var schedule = await db.Installments.AsNoTracking().Where(i => i.LoanId == loan.Id && i.ScheduleVersion == loan.ScheduleVersion)
            .OrderBy(i => i.Number).ToListAsync(ct);
        var today = access.Today;
        var unpaid = schedule.Where(i => i.Remaining > 0).ToList();
        var overdue = unpaid.Where(i => i.DueDate < today).ToList();
        var next = unpaid.FirstOrDefault(i => i.DueDate >= today);
        if (unpaid.Count == 0)
        {
            return new WorkItem("loans-next", WorkItem.Installment, t["loanpages.work.none"], $"/loans/{loan.Id}");
        }

        var details = new List<string>();
        if (overdue.Count > 0)
        {
            details.Add(t["loanpages.work.overdue", Show.Rupiah(overdue.Sum(i => i.Remaining)), Show.Date(overdue[0].DueDate)]);
        }

        var treasurer = loan.GroupId is { } groupId
            ? await db.GroupMemberships.Where(m => m.GroupId == groupId && m.ActivePartnerId != null && m.Role == GroupRole.Treasurer)
                .Join(db.Partners, m => m.PartnerId, p => p.Id, (m, p) => new { p.Id, p.OwnerName })
                .FirstOrDefaultAsync(ct)
            : null;
        if (treasurer is not null)
        {
            details.Add(treasurer.Id == partnerId ? t["loanpages.work.payself"] : t["loanpages.work.pay", treasurer.OwnerName]);
        }

        var text = next is not null
            ? t["loanpages.work.next", Show.Rupiah(next.Remaining), Show.Date(next.DueDate)]
            : t["loanpages.work.overdue", Show.Rupiah(overdue.Sum(i => i.Remaining)), Show.Date(overdue[0].DueDate)];
        return new WorkItem("loans-next", WorkItem.Installment, text, $"/loans/{loan.Id}", null, next is null ? details.Skip(1).ToList() : details);
    }
}

using System.Globalization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Groups;
using Berdaya.Domain.Proposals;
using Berdaya.Domain.Timeline;
using Berdaya.Features.Groups;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Proposals;

/// <summary>One member's request as entered: amount and purpose.</summary>
public sealed record ItemInput(Guid PartnerId, decimal Amount, string? Purpose);

/// <summary>Loads proposals through the group scope and says who may do what with them (docs/domain.md, Roles and scope).</summary>
[FeatureService]
public sealed class ProposalAccess(CurrentUser me, AppDbContext db, GroupAccess groups, Texts texts, TimeProvider clock)
{
    /// <summary>Surveys, returns and decisions are the program office's work.</summary>
    public bool IsOfficer => me.IsAdmin || me.IsOfficer;

    public void RequireOfficer()
    {
        if (!IsOfficer)
        {
            throw new DomainException("proposal.officer.only", null, ErrorKind.Forbidden);
        }
    }

    /// <summary>A proposal is entered by those who act for its group (<see cref="GroupAccess.MayActForAsync"/>).</summary>
    public Task<bool> MayEditAsync(Guid groupId, CancellationToken ct) => groups.MayActForAsync(groupId, ct);

    public async Task RequireEditorAsync(Guid groupId, CancellationToken ct)
    {
        if (!await MayEditAsync(groupId, ct))
        {
            throw new DomainException("proposal.edit.forbidden", null, ErrorKind.Forbidden);
        }
    }

    /// <summary>The proposal with its items, surveys and history, or 404 when unknown or out of scope.</summary>
    public async Task<Proposal> LoadAsync(Guid id, CancellationToken ct)
    {
        var groups = (await me.GroupsAsync(ct)).Select(g => g.Id);
        return await db.Proposals
                   .Include(p => p.Items).ThenInclude(i => i.Survey)
                   .Include(p => p.History)
                   .AsSplitQuery()
                   .FirstOrDefaultAsync(p => p.Id == id && groups.Contains(p.GroupId), ct)
               ?? throw new DomainException("proposal.notfound", "Id", ErrorKind.NotFound);
    }

    public DateTimeOffset Now => clock.GetUtcNow();

    public DateOnly Today => clock.Today();

    public void Record(Proposal proposal, Guid? partnerId, string kind, string textKey, object subject, Guid subjectId, params object[] args) =>
        db.Timeline.Add(new TimelineEvent(proposal.ProgramId, proposal.GroupId, partnerId, Today, FivePApproach.Enabling, kind,
            texts.Format(textKey, CultureInfo.CurrentUICulture, args), subject.GetType().Name, subjectId, Now));

    public static List<(Guid PartnerId, decimal Amount, string Purpose)> Requests(IEnumerable<ItemInput>? items) =>
        (items ?? []).Select(i => (i.PartnerId, i.Amount, i.Purpose ?? "")).ToList();
}

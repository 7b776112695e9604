using System.Globalization;
using System.Text.Json.Serialization;
using Berdaya.Data;
using Berdaya.Domain.Proposals;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Proposals;

public sealed record ProposalSummary(Guid Id, Guid GroupId, string GroupName,
    [property: JsonConverter(typeof(JsonStringEnumConverter<ProposalStatus>))] ProposalStatus Status,
    DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt, int Items, decimal RequestedTotal);

public sealed record ScoreDto(string Aspect, string Name, int Score);

public sealed record SurveyDto(Guid Id, DateOnly SurveyedOn, string OfficerUserId, string? OfficerName, IReadOnlyList<ScoreDto> Scores, decimal AverageScore,
    string? Notes, decimal RecommendedAmount, IReadOnlyList<AttachmentDto> Photos, decimal? BaselineAssets = null, decimal? BaselineTurnover = null,
    int? BaselineEmployees = null);

/// <summary>One member's line; <see cref="ProposalItemId"/> is what <c>POST /api/v1/loans</c> disburses.</summary>
public sealed record ItemDto(Guid ProposalItemId, Guid PartnerId, string OwnerName, decimal RequestedAmount, string Purpose, SurveyDto? Survey,
    [property: JsonConverter(typeof(JsonStringEnumConverter<DecisionOutcome>))] DecisionOutcome? Decision,
    decimal? ApprovedAmount, string? DecisionReason, DateTimeOffset? DecidedAt);

public sealed record HistoryDto(
    [property: JsonConverter(typeof(JsonStringEnumConverter<ProposalStatus>))] ProposalStatus? From,
    [property: JsonConverter(typeof(JsonStringEnumConverter<ProposalStatus>))] ProposalStatus To,
    string ChangedBy, string? ChangedByName, DateTimeOffset ChangedAt, string? Note);

public sealed record AttachmentDto(Guid Id, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt);

public sealed record ActionsDto(bool Edit, bool Submit, bool Return, bool Upload, bool Survey, bool Decide);

public sealed record ProposalDetail(Guid Id, Guid GroupId, string GroupName, Guid ProgramId,
    [property: JsonConverter(typeof(JsonStringEnumConverter<ProposalStatus>))] ProposalStatus Status,
    string? BusinessPlan, DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt, DateTimeOffset? DecidedAt,
    IReadOnlyList<ItemDto> Items, decimal RequestedTotal, decimal? ApprovedTotal, int Unsurveyed, decimal MaxLoanPerPartner,
    IReadOnlyList<HistoryDto> History, IReadOnlyList<AttachmentDto> Attachments, IReadOnlyList<ApprovedMember> Approved, ActionsDto Actions)
{
    /// <summary>Members decided so far (approved or rejected); the proposal is decided when this reaches every member.</summary>
    public int Decided => Items.Count(i => i.Decision is not null);
}

/// <summary>One line of the decision's result that disbursement uses (<c>POST /api/v1/loans</c> takes its <see cref="ProposalItemId"/>).</summary>
public sealed record ApprovedMember(Guid ProposalItemId, Guid PartnerId, string OwnerName, decimal Amount);

/// <summary>The step a proposal waits for, as the list's <c>waiting</c> filter and the home page's counts name it.</summary>
public enum ProposalWaiting
{
    Draft = 1,
    Survey = 2,
    Decision = 3,
    Disbursement = 4,
}

/// <summary>What the proposal pages and endpoints show, through the group scope.</summary>
[FeatureService]
public sealed class ProposalQueries(AppDbContext db, CurrentUser me, ProposalAccess access)
{
    /// <summary>The page's size; the API's list keeps its 200 a call.</summary>
    public const int PageSize = 50;

    public const int ApiPageSize = 200;

    public Task<IReadOnlyList<ProposalSummary>> ListAsync(ProposalStatus? status, string? text, int page, int pageSize, CancellationToken ct) =>
        ListAsync(status, null, text, page, pageSize, ct);

    /// <summary>
    /// The proposals in scope, newest first, in a state or waiting for a step (<see cref="ProposalWaiting"/>);
    /// <paramref name="text"/> keeps those whose group's name contains it.
    /// </summary>
    public async Task<IReadOnlyList<ProposalSummary>> ListAsync(ProposalStatus? status, ProposalWaiting? waiting, string? text, int page, int pageSize, CancellationToken ct)
    {
        var groups = await me.GroupsAsync(ct);
        if (SearchText.Normalize(text) is { } t)
        {
            var pattern = SearchText.Contains(t);
#pragma warning disable CA1304, CA1311 // Translated to the database's UPPER: no .NET culture applies.
            groups = groups.Where(g => EF.Functions.Like(g.Name.ToUpper(), pattern, SearchText.Escape));
#pragma warning restore CA1304, CA1311
        }

        var proposals = waiting is { } w ? Waiting(w) : db.Proposals;
        var q = proposals.Join(groups, p => p.GroupId, g => g.Id, (p, g) => new { p, g.Name });
        if (status is { } s)
        {
            q = q.Where(x => x.p.Status == s);
        }

        var rows = await q.OrderByDescending(x => x.p.Id).Skip((Math.Max(1, page) - 1) * pageSize).Take(pageSize)
            .Select(x => new { x.p.Id, x.p.GroupId, x.Name, x.p.Status, x.p.CreatedAt, x.p.SubmittedAt, Amounts = x.p.Items.Select(i => i.RequestedAmount).ToList() })
            .ToListAsync(ct);
        return rows.Select(r => new ProposalSummary(r.Id, r.GroupId, r.Name, r.Status, r.CreatedAt, r.SubmittedAt, r.Amounts.Count, r.Amounts.Sum())).ToList();
    }

    /// <summary>How many proposals in scope wait for the step: the home page's count of what <see cref="ListAsync(ProposalStatus?, ProposalWaiting?, string?, int, int, CancellationToken)"/> shows.</summary>
    public async Task<int> CountAsync(ProposalWaiting waiting, CancellationToken ct)
    {
        var groups = (await me.GroupsAsync(ct)).Select(g => g.Id);
        return await Waiting(waiting).CountAsync(p => groups.Contains(p.GroupId), ct);
    }

    /// <summary>
    /// The proposals waiting for a step of the program office (docs/domain.md, Proposals, surveys and decisions): a member
    /// not yet surveyed; every member surveyed and the decision open; an approved member not yet disbursed.
    /// </summary>
    private IQueryable<Proposal> Waiting(ProposalWaiting waiting) => waiting switch
    {
        ProposalWaiting.Survey => db.Proposals.Where(p => (p.Status == ProposalStatus.Submitted || p.Status == ProposalStatus.UnderSurvey)
                                                          && p.Items.Any(i => i.Survey == null)),
        ProposalWaiting.Decision => db.Proposals.Where(p => p.Status == ProposalStatus.UnderSurvey && p.Items.All(i => i.Survey != null)),
        ProposalWaiting.Disbursement => db.Proposals.Where(p => p.Status == ProposalStatus.Decided
                                                                && p.Items.Any(i => i.Decision == DecisionOutcome.Approved
                                                                                    && !db.Loans.Any(l => l.ProposalItemId == i.Id))),
        _ => db.Proposals.Where(p => p.Status == ProposalStatus.Draft),
    };

    public async Task<ProposalDetail> DetailAsync(Guid id, CancellationToken ct)
    {
        var p = await access.LoadAsync(id, ct);
        var program = await db.Programs.AsNoTracking().AsSplitQuery().FirstAsync(x => x.Id == p.ProgramId, ct);
        var groupName = await db.Groups.Where(g => g.Id == p.GroupId).Select(g => g.Name).FirstAsync(ct);
        var partnerIds = p.Items.Select(i => i.PartnerId).ToList();
        var names = await db.Partners.Where(x => partnerIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.OwnerName, ct);
        var userIds = p.History.Select(h => h.ChangedBy).Concat(p.Items.Where(i => i.Survey is not null).Select(i => i.Survey!.OfficerUserId)).Distinct().ToList();
        var users = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var surveyIds = p.Items.Where(i => i.Survey is not null).Select(i => i.Survey!.Id).ToList();
        var files = await db.Attachments.Where(a => a.OwnerId == p.Id || surveyIds.Contains(a.OwnerId))
            .Select(a => new { a.OwnerId, Dto = new AttachmentDto(a.Id, a.FileName, a.ContentType, a.Size, a.UploadedAt) })
            .ToListAsync(ct);
        var aspectNames = program.SurveyAspects.ToDictionary(a => a.Code, a => a.Name);
        var aspectOrder = program.SurveyAspects.ToDictionary(a => a.Code, a => a.Order);

        var items = p.Items.OrderBy(i => names.GetValueOrDefault(i.PartnerId), StringComparer.CurrentCulture).Select(i => new ItemDto(
            i.Id, i.PartnerId, names.GetValueOrDefault(i.PartnerId, ""), i.RequestedAmount, i.Purpose,
            i.Survey is not { } s
                ? null
                : new SurveyDto(s.Id, s.SurveyedOn, s.OfficerUserId, users.GetValueOrDefault(s.OfficerUserId),
                    s.Scores.OrderBy(x => aspectOrder.GetValueOrDefault(x.AspectCode)).Select(x => new ScoreDto(x.AspectCode, aspectNames.GetValueOrDefault(x.AspectCode, x.AspectCode), x.Score)).ToList(),
                    s.AverageScore, s.Notes, s.RecommendedAmount,
                    files.Where(f => f.OwnerId == s.Id).Select(f => f.Dto).ToList(), s.BaselineAssets, s.BaselineTurnover, s.BaselineEmployees),
            i.Decision, i.ApprovedAmount, i.DecisionReason, i.DecidedAt)).ToList();
        var history = p.History.OrderBy(h => h.ChangedAt).ThenBy(h => h.Id)
            .Select(h => new HistoryDto(h.From, h.To, h.ChangedBy, users.GetValueOrDefault(h.ChangedBy), h.ChangedAt, h.Note)).ToList();
        var mayEdit = await access.MayEditAsync(p.GroupId, ct);
        var unsurveyed = p.Items.Count(i => i.Survey is null);
        var open = p.Status is ProposalStatus.Submitted or ProposalStatus.UnderSurvey;
        var actions = new ActionsDto(
            Edit: mayEdit && p.Status == ProposalStatus.Draft,
            Submit: mayEdit && p.Status == ProposalStatus.Draft,
            Return: access.IsOfficer && p.Status == ProposalStatus.Submitted,
            Upload: (mayEdit || access.IsOfficer) && p.Status != ProposalStatus.Decided,
            Survey: access.IsOfficer && open,
            Decide: access.IsOfficer && p.Status == ProposalStatus.UnderSurvey && unsurveyed == 0);
        var approved = Approved(p, names);
        return new ProposalDetail(p.Id, p.GroupId, groupName, p.ProgramId, p.Status, p.BusinessPlan, p.CreatedAt, p.SubmittedAt, p.DecidedAt,
            items, p.RequestedTotal, ApprovedSoFar(p), unsurveyed, program.MaxLoanPerPartner,
            history, files.Where(f => f.OwnerId == p.Id).Select(f => f.Dto).ToList(), approved, actions);
    }

    /// <summary>
    /// The running total of the approvals made so far, as the rows show them, once anyone is decided: the header agrees with
    /// the rows while the proposal is still being decided (docs/domain.md, Proposals, surveys and decisions).
    /// </summary>
    private static decimal? ApprovedSoFar(Proposal p) =>
        p.Items.Any(i => i.Decision is not null) ? p.ApprovedItems.Sum(i => i.ApprovedAmount ?? 0) : null;

    /// <summary>
    /// The product a schedule preview opens with: the program's current product that the disbursement form offers first,
    /// and the tenor that form starts from (a decision records no tenor). None when the program has no product.
    /// </summary>
    public async Task<(Guid ProductId, int TenorMonths)?> PreviewProductAsync(Guid programId, CancellationToken ct)
    {
        var product = await db.LoanProducts.Where(p => p.ProgramId == programId && p.IsCurrent && p.IsActive)
            .OrderBy(p => p.Name).Select(p => new { p.Id, p.MaxTenorMonths }).FirstOrDefaultAsync(ct);
        return product is null ? null : (product.Id, Math.Min(12, product.MaxTenorMonths));
    }

    /// <summary>Approved members and amounts, the input of disbursement; empty until decided.</summary>
    public async Task<IReadOnlyList<ApprovedMember>> ApprovedAsync(Guid id, CancellationToken ct)
    {
        var p = await access.LoadAsync(id, ct);
        var partnerIds = p.Items.Select(i => i.PartnerId).ToList();
        var names = await db.Partners.Where(x => partnerIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.OwnerName, ct);
        return Approved(p, names);
    }

    private static List<ApprovedMember> Approved(Proposal p, Dictionary<Guid, string> names) =>
        p.Status != ProposalStatus.Decided
            ? []
            : p.ApprovedItems.Select(i => new ApprovedMember(i.Id, i.PartnerId, names.GetValueOrDefault(i.PartnerId, ""), i.ApprovedAmount!.Value))
                .OrderBy(a => a.OwnerName, StringComparer.CurrentCulture).ToList();

    /// <summary>The program's cap per partner (<c>MaxLoanPerPartner</c>), which the draft form flags requests against.</summary>
    public Task<decimal> CapAsync(Guid programId, CancellationToken ct) =>
        db.Programs.Where(p => p.Id == programId).Select(p => p.MaxLoanPerPartner).FirstAsync(ct);

    /// <summary>What a saved draft says: saved, and how many members ask above the program's cap.</summary>
    public static string SavedMessage(DraftForm form, Texts texts) =>
        form.AboveCap == 0
            ? texts.Get("proposals.saved", CultureInfo.CurrentUICulture)
            : texts.Format("proposalstate.saved.abovecap", CultureInfo.CurrentUICulture, form.AboveCap, Show.Rupiah(form.Cap));

    /// <summary>The program's survey aspects, in order, for the survey form.</summary>
    public async Task<IReadOnlyList<(string Code, string Name)>> AspectsAsync(Guid programId, CancellationToken ct)
    {
        var program = await db.Programs.AsNoTracking().AsSplitQuery().FirstAsync(x => x.Id == programId, ct);
        return program.SurveyAspects.OrderBy(a => a.Order).Select(a => (a.Code, a.Name)).ToList();
    }
}

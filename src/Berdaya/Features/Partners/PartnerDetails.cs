using System.Text.Json.Serialization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Groups;
using Berdaya.Domain.Partners;
using Berdaya.Domain.Programs;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Regions;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Partners;

/// <summary>One partner as the current user may see it: facts, group, eligibility and timeline.</summary>
[FeatureService]
public sealed class PartnerDetails(AppDbContext db, CurrentUser me, RegionDirectory regions, TimeProvider clock)
{
    public sealed record Details(
        Guid Id,
        Guid ProgramId,
        string ProgramName,
        string OwnerName,
        string? Nik,
        [property: JsonConverter(typeof(JsonStringEnumConverter<Sex>))] Sex Sex,
        DateOnly? BirthDate,
        int Age,
        string? Phone,
        string VillageCode,
        string? VillagePath,
        string? Address,
        bool IsIndonesianCitizen,
        string BusinessName,
        string Sector,
        string? Products,
        DateOnly? BusinessStartedOn,
        decimal NetAssets,
        decimal YearlySales,
        int Employees,
        bool HasBankCredit,
        bool IsIndependentBusiness,
        [property: JsonConverter(typeof(JsonStringEnumConverter<PartnerStatus>))] PartnerStatus Status,
        GroupInfo? Group,
        EligibilityInfo Eligibility,
        IReadOnlyList<TimelineItem> Timeline,
        bool MayEdit,
        bool MayRevealNik,
        DateOnly? IndependentSince = null);

    public sealed record GroupInfo(Guid Id, string Name, [property: JsonConverter(typeof(JsonStringEnumConverter<GroupRole>))] GroupRole Role);

    public sealed record EligibilityInfo(bool Eligible, IReadOnlyList<CriterionInfo> Criteria);

    public sealed record CriterionInfo(
        [property: JsonConverter(typeof(JsonStringEnumConverter<CriterionKind>))] CriterionKind Kind,
        bool Passed,
        bool Mandatory,
        decimal? Limit,
        decimal? SecondLimit);

    public sealed record TimelineItem(DateOnly OccurredOn, [property: JsonConverter(typeof(JsonStringEnumConverter<FivePApproach>))] FivePApproach Approach,
        string Kind, string Summary);

    public async Task<Details> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var scope = await me.ScopeAsync(ct);
        var p = await (await me.PartnersAsync(ct)).AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new DomainException("partner.notfound", "Id", ErrorKind.NotFound);
        var program = await db.Programs.AsNoTracking().FirstAsync(x => x.Id == p.ProgramId, ct);
        var group = await db.GroupMemberships.Where(m => m.ActivePartnerId == p.Id)
            .Join(db.Groups, m => m.GroupId, g => g.Id, (m, g) => new GroupInfo(g.Id, g.Name, m.Role))
            .FirstOrDefaultAsync(ct);
        var timeline = await db.Timeline.Where(t => t.PartnerId == p.Id)
            .OrderByDescending(t => t.OccurredOn).ThenByDescending(t => t.RecordedAt)
            .Select(t => new TimelineItem(t.OccurredOn, t.Approach, t.Kind, t.Summary))
            .ToListAsync(ct);
        var village = await regions.DescribeAsync(p.VillageCode, ct);
        var eligibility = Evaluate(program, p);

        // Staff see the phone to reach the partner; a partner sees their own; others never (PDP law; docs/domain.md, Personal data).
        var own = scope.PartnerId == p.Id;
        var phone = me.MaySeeContact || own ? p.Phone : null;
        var nik = me.MaySeeContact || own ? Domain.Partners.Nik.Mask(p.Nik) : null;

        // The birth date with the village gives 12 of the NIK's 16 digits: only those who verify identity
        // and the person themself see it; everyone else the age (decision 0006).
        var birthDate = me.MayRevealNik || own ? p.BirthDate : (DateOnly?)null;
        var age = Domain.Partners.Nik.AgeOn(p.BirthDate, RegisterPartner.Today(clock));
        return new Details(p.Id, p.ProgramId, program.Name, p.OwnerName, nik, p.Sex, birthDate, age, phone, p.VillageCode,
            village is null ? null : $"{village.Name}, {village.Path}", p.Address, p.IsIndonesianCitizen, p.BusinessName, p.Sector, p.Products,
            p.BusinessStartedOn, p.NetAssets, p.YearlySales, p.Employees, p.HasBankCredit, p.IsIndependentBusiness, p.Status, group,
            eligibility, timeline, me.MayRegister, me.MayRevealNik,
            await db.Graduations.Where(g => g.PartnerId == p.Id).Select(g => (DateOnly?)g.GraduatedOn).FirstOrDefaultAsync(ct));
    }

    /// <summary>Every criterion of the program by name, passed or failed (docs/domain.md, Proposals, surveys and decisions).</summary>
    public EligibilityInfo Evaluate(PartnershipProgram program, Partner partner)
    {
        var result = Eligibility.Evaluate(program.Criteria, program.OperatorAreaCode, partner.Facts(), RegisterPartner.Today(clock));
        return new EligibilityInfo(result.IsEligible,
            result.Results.Select(r => new CriterionInfo(r.Kind, r.Passed, r.Mandatory, r.Limit, r.SecondLimit)).ToList());
    }
}

using System.Text.Json.Serialization;
using Berdaya.Data;
using Berdaya.Domain.Common;
using Berdaya.Domain.Partners;
using Berdaya.Domain.Timeline;
using Berdaya.Web;
using Berdaya.Web.Auth;
using Berdaya.Web.Regions;
using Microsoft.EntityFrameworkCore;

namespace Berdaya.Features.Partners;

/// <summary>Registers a partner (owner and business) in a program (docs/domain.md, Partners and groups).</summary>
[FeatureService]
public sealed class RegisterPartner(AppDbContext db, CurrentUser me, RegionDirectory regions, TimeProvider clock)
{
    /// <summary>The partner form, shared by registration, editing and the socialization's one-step registration.</summary>
    public sealed record Command
    {
        public Guid? ProgramId { get; set; }
        public string? OwnerName { get; set; }
        public string? Nik { get; set; }

        [JsonConverter(typeof(JsonStringEnumConverter<Sex>))]
        public Sex? Sex { get; set; }

        public DateOnly? BirthDate { get; set; }
        public string? Phone { get; set; }
        public string? VillageCode { get; set; }
        public string? Address { get; set; }
        public bool IsIndonesianCitizen { get; set; } = true;
        public string? BusinessName { get; set; }
        public string? Sector { get; set; }
        public string? Products { get; set; }
        public DateOnly? BusinessStartedOn { get; set; }
        /// <summary>Required: a blank is not zero (a form starts empty rather than claiming Rp 0).</summary>
        public decimal? NetAssets { get; set; }

        public decimal? YearlySales { get; set; }
        public int? Employees { get; set; }
        public bool HasBankCredit { get; set; }
        public bool IsIndependentBusiness { get; set; } = true;
    }

    /// <param name="UnknownNikDistrict">
    /// The NIK's district when it is not in today's region list: a warning only, because the first
    /// six digits are where the person first registered (docs/domain.md, Partners and groups).
    /// </param>
    public sealed record Result(Partner Partner, string? UnknownNikDistrict);

    public async Task<Result> HandleAsync(Command command, CancellationToken ct = default)
    {
        var result = await PrepareAsync(command, null, ct);
        await SaveAsync(db, result.Partner, ct);
        return result;
    }

    /// <summary>
    /// Checks everything and adds the new partner to the context without saving, so a caller can
    /// save it together with its own change (the socialization attendee it comes from).
    /// </summary>
    internal async Task<Result> PrepareAsync(Command command, Guid? programId, CancellationToken ct)
    {
        RequireWriter(me);
        var program = programId ?? command.ProgramId ?? await me.DefaultProgramAsync(ct)
            ?? throw new DomainValidationException([new DomainException("partner.program.required", "ProgramId")]);
        await me.RequireProgramAsync(program, ct);
        var today = Today(clock);
        var (owner, business) = await ReadAsync(command, today, me, regions, ct);
        var partner = new Partner(program, owner, business, clock.GetUtcNow(), today);
        await RefuseDuplicateAsync(db, program, owner.Nik.Value, null, ct);
        db.Partners.Add(partner);
        db.Timeline.Add(new TimelineEvent(program, null, partner.Id, today, FivePApproach.Enabling, "partner.registered",
            $"{partner.OwnerName}: {partner.BusinessName}", nameof(Partner), partner.Id, clock.GetUtcNow()));
        var unknownDistrict = await db.Regions.AnyAsync(r => r.Code == owner.Nik.DistrictCode, ct) ? null : owner.Nik.DistrictCode;
        return new Result(partner, unknownDistrict);
    }

    internal static void RequireWriter(CurrentUser me)
    {
        if (!me.MayRegister)
        {
            throw new DomainException("partner.forbidden", null, ErrorKind.Forbidden);
        }
    }

    internal static DateOnly Today(TimeProvider clock) => clock.Today();

    /// <summary>Turns the form into the entity's inputs, collecting every field's error at once.</summary>
    internal static async Task<(PartnerOwner Owner, PartnerBusiness Business)> ReadAsync(Command c, DateOnly today, CurrentUser me,
        RegionDirectory regions, CancellationToken ct)
    {
        var errors = new List<DomainException>();
        Nik? nik = null;
        string? phone = null;
        try
        {
            nik = Domain.Partners.Nik.Parse(c.Nik, today);
        }
        catch (DomainException e)
        {
            errors.Add(e);
        }

        if (c.Sex is null || !Enum.IsDefined(c.Sex.Value))
        {
            errors.Add(new DomainException("partner.sex.required", "Sex"));
        }

        if (c.BirthDate is null)
        {
            errors.Add(new DomainException("partner.birthdate.required", "BirthDate"));
        }

        if (c.NetAssets is null)
        {
            errors.Add(new DomainException("partner.netassets.required", "NetAssets"));
        }

        if (c.YearlySales is null)
        {
            errors.Add(new DomainException("partner.yearlysales.required", "YearlySales"));
        }

        if (c.Employees is null)
        {
            errors.Add(new DomainException("partner.employees.required", "Employees"));
        }

        try
        {
            phone = Domain.Partners.Phone.Normalize(c.Phone);
        }
        catch (DomainException e)
        {
            errors.Add(e);
        }

        var village = (c.VillageCode ?? "").Trim();
        try
        {
            await regions.RequireVillageAsync(village, "VillageCode", ct);
            await me.RequireVillageAsync(village, "VillageCode", ct);
        }
        catch (DomainException e)
        {
            errors.Add(e);
        }

        // The owner's and the business's own rules (sex against the NIK, names, figures) join the errors above,
        // so the form shows them all at once; a missing figure stands as 0 only for this check.
        if (nik is not null && c.Sex is not null && c.BirthDate is not null)
        {
            var flagged = errors.Select(e => e.Field).ToHashSet(StringComparer.Ordinal);
            var draftOwner = new PartnerOwner(c.OwnerName ?? "", nik.Value, c.Sex.Value, c.BirthDate.Value, phone, village, c.Address, c.IsIndonesianCitizen);
            var draftBusiness = new PartnerBusiness(c.BusinessName ?? "", c.Sector ?? "", c.Products, c.BusinessStartedOn, c.NetAssets ?? 0, c.YearlySales ?? 0,
                c.Employees ?? 0, c.HasBankCredit, c.IsIndependentBusiness);
            errors.AddRange(Partner.Problems(draftOwner, draftBusiness, today).Where(e => !flagged.Contains(e.Field)));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var owner = new PartnerOwner(c.OwnerName ?? "", nik!.Value, c.Sex!.Value, c.BirthDate!.Value, phone, village, c.Address, c.IsIndonesianCitizen);
        var business = new PartnerBusiness(c.BusinessName ?? "", c.Sector ?? "", c.Products, c.BusinessStartedOn, c.NetAssets!.Value, c.YearlySales!.Value,
            c.Employees!.Value, c.HasBankCredit, c.IsIndependentBusiness);
        return (owner, business);
    }

    /// <summary>One record per person per program (docs/domain.md, Partners and groups), with a pointer to the existing one.</summary>
    internal static async Task RefuseDuplicateAsync(AppDbContext db, Guid programId, string nik, Guid? self, CancellationToken ct)
    {
        var existing = await db.Partners.Where(p => p.ProgramId == programId && p.Nik == nik && p.Id != self)
            .Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
        if (existing is { } id)
        {
            throw new DuplicateNikException(id);
        }
    }

    /// <summary>Saves; a NIK registered by someone else in the same instant still answers 409, not 500.</summary>
    internal static async Task SaveAsync(AppDbContext db, Partner partner, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            await RefuseDuplicateAsync(db, partner.ProgramId, partner.Nik, partner.Id, ct);
            throw;
        }
    }
}

/// <summary>A NIK already registered in the program; <see cref="ExistingPartnerId"/> points to the record.</summary>
public sealed class DuplicateNikException(Guid existingPartnerId)
    : DomainException("partner.nik.duplicate", "Nik", ErrorKind.Conflict)
{
    public Guid ExistingPartnerId { get; } = existingPartnerId;
}

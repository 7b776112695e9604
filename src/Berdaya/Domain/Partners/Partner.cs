using Berdaya.Domain.Common;
using Berdaya.Domain.Impact;
using Berdaya.Domain.Programs;

namespace Berdaya.Domain.Partners;

/// <summary>A small business and its owner (mitra binaan) in one program.</summary>
public sealed class Partner
{
    private readonly List<PartnerSearchWord> _searchWords = [];

    private Partner() { }

    /// <param name="today">When given, a business start date after it is refused.</param>
    public Partner(Guid programId, PartnerOwner owner, PartnerBusiness business, DateTimeOffset createdAt, DateOnly? today = null)
    {
        Id = Guid.CreateVersion7();
        ProgramId = programId;
        Status = PartnerStatus.Prospect;
        CreatedAt = createdAt;
        Update(owner, business, today);
    }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }

    public string OwnerName { get; private set; } = "";
    public string Nik { get; private set; } = "";
    public Sex Sex { get; private set; }
    public DateOnly BirthDate { get; private set; }
    public string? Phone { get; private set; }
    public string VillageCode { get; private set; } = "";
    public string? Address { get; private set; }
    public bool IsIndonesianCitizen { get; private set; } = true;

    public string BusinessName { get; private set; } = "";
    public string Sector { get; private set; } = "";
    public string? Products { get; private set; }
    public DateOnly? BusinessStartedOn { get; private set; }

    /// <summary>Net assets excluding land and buildings, whole rupiah (docs/domain.md, Partners and groups).</summary>
    public decimal NetAssets { get; private set; }

    public decimal YearlySales { get; private set; }
    public int Employees { get; private set; }
    public bool HasBankCredit { get; private set; }
    public bool IsIndependentBusiness { get; private set; } = true;

    public PartnerStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Concurrency token so two editors cannot overwrite each other silently.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    /// <summary>The words of the owner's and business's names that search looks up by prefix.</summary>
    public IReadOnlyList<PartnerSearchWord> SearchWords => _searchWords;

    /// <summary>Every rule an owner and business break together, so a form can show them all at once.</summary>
    public static List<DomainException> Problems(PartnerOwner owner, PartnerBusiness business, DateOnly? today = null)
    {
        var errors = new List<DomainException>();
        if (string.IsNullOrWhiteSpace(owner.Name))
        {
            errors.Add(new DomainException("partner.name.required", "OwnerName"));
        }

        if (string.IsNullOrWhiteSpace(business.Name))
        {
            errors.Add(new DomainException("partner.business.required", "BusinessName"));
        }

        if (string.IsNullOrWhiteSpace(business.Sector))
        {
            errors.Add(new DomainException("partner.sector.required", "Sector"));
        }

        if (owner.Nik.Sex != owner.Sex)
        {
            errors.Add(new DomainException("nik.sex.mismatch", "Sex"));
        }

        if (owner.Nik.BirthDate != owner.BirthDate)
        {
            errors.Add(new DomainException("nik.birthdate.mismatch", "BirthDate"));
        }

        CheckMoney(business.NetAssets, "NetAssets", errors);
        CheckMoney(business.YearlySales, "YearlySales", errors);
        if (business.Employees < 0)
        {
            errors.Add(new DomainException("number.nonnegative", "Employees"));
        }

        if (today is { } t && business.StartedOn > t)
        {
            errors.Add(new DomainException("date.future", "BusinessStartedOn"));
        }

        return errors;
    }

    /// <param name="today">When given, a business start date after it is refused.</param>
    public void Update(PartnerOwner owner, PartnerBusiness business, DateOnly? today = null)
    {
        var errors = Problems(owner, business, today);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        OwnerName = owner.Name.Trim();
        Nik = owner.Nik.Value;
        Sex = owner.Sex;
        BirthDate = owner.BirthDate;
        Phone = owner.Phone;
        VillageCode = owner.VillageCode;
        Address = string.IsNullOrWhiteSpace(owner.Address) ? null : owner.Address.Trim();
        IsIndonesianCitizen = owner.IsIndonesianCitizen;
        BusinessName = business.Name.Trim();
        Sector = business.Sector.Trim();
        Products = string.IsNullOrWhiteSpace(business.Products) ? null : business.Products.Trim();
        BusinessStartedOn = business.StartedOn;
        NetAssets = business.NetAssets;
        YearlySales = business.YearlySales;
        Employees = business.Employees;
        HasBankCredit = business.HasBankCredit;
        IsIndependentBusiness = business.IsIndependent;
        Version = Guid.NewGuid();
        RefreshSearchWords();
    }

    public void Activate()
    {
        if (Status == PartnerStatus.Prospect)
        {
            Status = PartnerStatus.Active;
        }
    }

    public ApplicantFacts Facts() =>
        new(IsIndonesianCitizen, HasBankCredit, IsIndependentBusiness, VillageCode, NetAssets, YearlySales, BusinessStartedOn);

    /// <summary>
    /// The partner leaves the active portfolio independent (docs/domain.md, Bankability and graduation); the record and its
    /// history stay. Twice is a conflict.
    /// </summary>
    public void Graduate()
    {
        if (Status == PartnerStatus.Independent)
        {
            throw new DomainException("graduation.already", null, ErrorKind.Conflict);
        }

        Status = PartnerStatus.Independent;
        Version = Guid.NewGuid();
    }

    /// <summary>The figures declared at registration as the survey takes them for the impact's baseline (docs/domain.md, Impact).</summary>
    public BusinessFigures Figures() => new(NetAssets, ImpactMath.QuarterOfYear(YearlySales), Employees);

    /// <summary>Seeds a partner who already left the program independent (demo history, imports).</summary>
    public void MarkIndependent() => Status = PartnerStatus.Independent;

    /// <summary>Keeps unchanged words and changes only the difference, so an edit rewrites few rows.</summary>
    private void RefreshSearchWords()
    {
        var words = Partners.SearchWords.Of(OwnerName, BusinessName);
        _searchWords.RemoveAll(w => !words.Contains(w.Word, StringComparer.Ordinal));
        foreach (var word in words.Where(w => !_searchWords.Exists(x => x.Word == w)))
        {
            _searchWords.Add(new PartnerSearchWord(Id, word));
        }
    }

    private static void CheckMoney(decimal value, string field, List<DomainException> errors) =>
        Rupiah.CheckNonNegative(value, field, errors);
}

public enum PartnerStatus
{
    Prospect = 1,
    Active = 2,
    Independent = 3,
    Inactive = 4,
}

public sealed record PartnerOwner(string Name, Nik Nik, Sex Sex, DateOnly BirthDate, string? Phone, string VillageCode, string? Address, bool IsIndonesianCitizen = true);

public sealed record PartnerBusiness(string Name, string Sector, string? Products, DateOnly? StartedOn, decimal NetAssets, decimal YearlySales, int Employees, bool HasBankCredit, bool IsIndependent = true);

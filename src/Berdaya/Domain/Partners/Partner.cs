using Berdaya.Domain.Common;
using Berdaya.Domain.Programs;

namespace Berdaya.Domain.Partners;

/// <summary>A small business and its owner (mitra binaan) in one program.</summary>
public sealed class Partner
{
    private Partner() { }

    public Partner(Guid programId, PartnerOwner owner, PartnerBusiness business, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7();
        ProgramId = programId;
        Status = PartnerStatus.Prospect;
        CreatedAt = createdAt;
        Update(owner, business);
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

    /// <summary>Net assets excluding land and buildings, whole rupiah (domain guide 4).</summary>
    public decimal NetAssets { get; private set; }

    public decimal YearlySales { get; private set; }
    public int Employees { get; private set; }
    public bool HasBankCredit { get; private set; }
    public bool IsIndependentBusiness { get; private set; } = true;

    public PartnerStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Concurrency token so two editors cannot overwrite each other silently.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    public void Update(PartnerOwner owner, PartnerBusiness business)
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

    /// <summary>Seeds a partner who already left the program independent (demo history, imports).</summary>
    public void MarkIndependent() => Status = PartnerStatus.Independent;

    private static void CheckMoney(decimal value, string field, List<DomainException> errors)
    {
        if (value < 0)
        {
            errors.Add(new DomainException("money.nonnegative", field));
        }
        else if (value != decimal.Truncate(value))
        {
            errors.Add(new DomainException("money.whole", field));
        }
    }
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

using Berdaya.Domain.Common;

namespace Berdaya.Domain.Coaching;

/// <summary>Who gives trainings (docs/domain.md, Coaching: trainings).</summary>
public enum ProviderKind
{
    Company = 1,
    University = 2,
    GovernmentOffice = 3,
    RadioStation = 4,

    /// <summary>A partner of the program, such as an independent member speaking at a peer seminar.</summary>
    Partner = 5,
}

/// <summary>A company, university, office, radio station or partner that gives a program's trainings.</summary>
public sealed class TrainingProvider
{
    private TrainingProvider() { }

    public TrainingProvider(Guid programId, ProviderKind kind, string name, string? contact, string? teaches, Guid? partnerId)
    {
        Throw(Problems(kind, name, partnerId));
        Id = Guid.CreateVersion7();
        ProgramId = programId;
        Set(kind, name, contact, teaches, partnerId);
    }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public ProviderKind Kind { get; private set; }
    public string Name { get; private set; } = "";
    public string? Contact { get; private set; }

    /// <summary>What they teach, in their own words.</summary>
    public string? Teaches { get; private set; }

    /// <summary>The partner who speaks, when <see cref="Kind"/> is <see cref="ProviderKind.Partner"/>.</summary>
    public Guid? PartnerId { get; private set; }

    public void Update(ProviderKind kind, string name, string? contact, string? teaches, Guid? partnerId)
    {
        Throw(Problems(kind, name, partnerId));
        Set(kind, name, contact, teaches, partnerId);
    }

    /// <summary>A partner provider names its partner; no other kind does.</summary>
    public static List<DomainException> Problems(ProviderKind kind, string? name, Guid? partnerId)
    {
        var errors = new List<DomainException>();
        if (!Enum.IsDefined(kind))
        {
            errors.Add(new DomainException("training.provider.kind", "Kind"));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(new DomainException("field.required", "Name"));
        }

        if (kind == ProviderKind.Partner && partnerId is null)
        {
            errors.Add(new DomainException("training.provider.partner.required", "PartnerId"));
        }
        else if (kind != ProviderKind.Partner && partnerId is not null)
        {
            errors.Add(new DomainException("training.provider.partner.only", "PartnerId"));
        }

        return errors;
    }

    private void Set(ProviderKind kind, string name, string? contact, string? teaches, Guid? partnerId)
    {
        Kind = kind;
        Name = name.Trim();
        Contact = string.IsNullOrWhiteSpace(contact) ? null : contact.Trim();
        Teaches = string.IsNullOrWhiteSpace(teaches) ? null : teaches.Trim();
        PartnerId = partnerId;
    }

    private static void Throw(List<DomainException> errors)
    {
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }
    }
}

using System.Text.RegularExpressions;
using Berdaya.Domain.Common;

namespace Berdaya.Domain.Coaching;

/// <summary>
/// One entry of a program's training catalogue (docs/domain.md, Coaching: trainings): the need it answers, the evidence
/// that it was used, and how many weeks after a session its adoption is checked.
/// </summary>
public sealed partial class TrainingTopic
{
    public const int DefaultAdoptionWeeks = 8;
    public const int MinAdoptionWeeks = 1;
    public const int MaxAdoptionWeeks = 52;

    /// <summary>The topic whose attended session is the food-safety certificate a PIRT needs (docs/domain.md, Legality).</summary>
    public const string FoodSafetyCode = "food-safety";

    /// <summary>The eight topics of the case, seeded for a program that has none.</summary>
    public static readonly IReadOnlyList<(string Code, string Name, NeedKind Need, string? Evidence)> Defaults =
    [
        ("bookkeeping", "Pembukuan sederhana dan perhitungan biaya", NeedKind.Finance, "Buku kas diisi setiap hari"),
        ("business-admin", "Administrasi usaha", NeedKind.Finance, "Surat, nota dan arsip usaha tertata"),
        ("marketing", "Pemasaran usaha kecil", NeedKind.Marketing, "Pembeli atau pasar baru"),
        ("packaging", "Kemasan dan label", NeedKind.Marketing, "Kemasan atau label diganti"),
        ("online-selling", "Penjualan daring", NeedKind.Marketing, "Penjualan daring pertama"),
        ("product-legality", "Legalitas produk (NIB, PIRT, Halal, merek)", NeedKind.Legality, "Pengajuan izin dibuat"),
        (FoodSafetyCode, "Penyuluhan keamanan pangan (syarat PIRT)", NeedKind.Legality, "Sertifikat penyuluhan keamanan pangan"),
        ("motivation", "Motivasi dan seminar sesama mitra", NeedKind.Other, null),
    ];

    private TrainingTopic() { }

    public TrainingTopic(Guid programId, string code, string name, NeedKind need, string? evidence, int adoptionWeeks)
    {
        var errors = Problems(code, name, need, adoptionWeeks);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        Id = Guid.CreateVersion7();
        ProgramId = programId;
        Code = code.Trim().ToLowerInvariant();
        Set(name, need, evidence, adoptionWeeks);
    }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }

    /// <summary>Stable key within the program ("food-safety"); fixed once created, since other rules look it up.</summary>
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";
    public NeedKind Need { get; private set; }
    public string? Evidence { get; private set; }
    public int AdoptionWeeks { get; private set; } = DefaultAdoptionWeeks;

    public void Update(string name, NeedKind need, string? evidence, int adoptionWeeks)
    {
        var errors = Problems(Code, name, need, adoptionWeeks);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        Set(name, need, evidence, adoptionWeeks);
    }

    /// <summary>Every broken rule of a topic's fields at once.</summary>
    public static List<DomainException> Problems(string? code, string? name, NeedKind need, int adoptionWeeks)
    {
        var errors = new List<DomainException>();
        if (string.IsNullOrWhiteSpace(code) || !CodePattern().IsMatch(code.Trim().ToLowerInvariant()))
        {
            errors.Add(new DomainException("training.topic.code", "Code"));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(new DomainException("field.required", "Name"));
        }

        if (!Enum.IsDefined(need))
        {
            errors.Add(new DomainException("training.topic.need", "Need"));
        }

        if (adoptionWeeks is < MinAdoptionWeeks or > MaxAdoptionWeeks)
        {
            errors.Add(new DomainException("training.topic.weeks", "AdoptionWeeks", ErrorKind.Validation, MinAdoptionWeeks, MaxAdoptionWeeks));
        }

        return errors;
    }

    private void Set(string name, NeedKind need, string? evidence, int adoptionWeeks)
    {
        Name = name.Trim();
        Need = need;
        Evidence = string.IsNullOrWhiteSpace(evidence) ? null : evidence.Trim();
        AdoptionWeeks = adoptionWeeks;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,39}$")]
    private static partial Regex CodePattern();
}
